const { gql } = require('apollo-server-express');

module.exports = gql`
  type User { id: ID!, email: String! }
  type Query { me: User }
  type Mutation {
    signin(email: String!, password: String!): User
    signout: Boolean!
  }
`;
