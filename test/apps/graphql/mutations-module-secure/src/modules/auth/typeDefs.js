export const authTypeDefs = /* GraphQL */ `
  type Author { id: ID!, name: String! }
  type Mutation {
    signIn(email: String!, password: String!): Author
  }
`;
