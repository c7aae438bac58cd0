import { gql } from 'apollo-server-express';

export default gql`
  type User { id: ID!, email: String! }
  type AuthPayload { user: User }
  type Query { currentUser: User }
  type Mutation {
    login(email: String!, password: String!): AuthPayload
    logout: Boolean
  }
`;
