module.exports = `#graphql
  type User { id: ID!, email: String! }
  type Query { me: User }
  type Mutation {
    signup(email: String!, password: String!): User
    login(email: String!, password: String!): User
  }
`;
