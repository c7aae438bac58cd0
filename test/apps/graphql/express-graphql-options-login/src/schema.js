const { buildSchema } = require('graphql');

module.exports = buildSchema(`
  type User { id: ID!, email: String! }
  type Query { me: User }
  type Mutation { signIn(email: String!, password: String!): User }
`);
