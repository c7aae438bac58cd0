import { gql } from 'apollo-server-express';

export const typeDefs = gql`
  type Account { id: ID!, email: String! }
  type Query { viewer: Account }
  type Mutation {
    signIn(email: String!, password: String!): Account
    signOut: Boolean!
  }
`;
