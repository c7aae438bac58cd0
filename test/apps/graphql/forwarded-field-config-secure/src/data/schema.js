const { GraphQLObjectType, GraphQLSchema, GraphQLString } = require('graphql');
const mutations = require('./mutations');

module.exports = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { me: { type: GraphQLString, resolve: (root, args, context) => context.req.user && context.req.user.username } } }),
  mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutations }),
});
