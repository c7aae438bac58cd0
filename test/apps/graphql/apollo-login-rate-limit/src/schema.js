module.exports = `#graphql
  type User { id: ID!, email: String! }
  type Query { me: User }
  type Mutation {
    login(email: String!, password: String!): User
    logout: Boolean!
  }
`;
