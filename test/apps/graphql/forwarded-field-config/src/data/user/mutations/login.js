const { GraphQLObjectType, GraphQLString } = require('graphql');
const model = require('../model');

module.exports = {
  type: new GraphQLObjectType({ name: 'LoginResult', fields: { username: { type: GraphQLString } } }),
  args: { username: { type: GraphQLString }, password: { type: GraphQLString } },
  // expect: login-rate-limit
  resolve(root, params, context) {
    // expect: session-regenerate-on-login
    return model.login(...arguments);
  },
};
