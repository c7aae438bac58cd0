const { ApolloServer, gql } = require('apollo-server-express');
const db = require('./db');

// A read-only catalogue: the schema has queries only, so a forged cross-site request changes nothing.
const typeDefs = gql`
  type Task { id: ID!, title: String!, done: Boolean! }
  type Query { tasks: [Task!]!, task(id: ID!): Task }
`;

const resolvers = {
  Query: {
    tasks: (_, __, { req }) => db.tasks.forUser(req.session.userId),
    task: (_, { id }, { req }) => db.tasks.one(req.session.userId, id),
  },
};

function createApolloServer() {
  return new ApolloServer({ typeDefs, resolvers, context: ({ req, res }) => ({ req, res }) });
}

module.exports = { createApolloServer };
