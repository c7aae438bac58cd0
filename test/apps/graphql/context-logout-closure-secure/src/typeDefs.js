const { gql } = require('apollo-server-express');

module.exports = gql`
  type Note { id: ID!, text: String! }
  type Query { notes: [Note!]! }
  type Mutation {
    addNote(text: String!): Note
    logout: Boolean
  }
`;
