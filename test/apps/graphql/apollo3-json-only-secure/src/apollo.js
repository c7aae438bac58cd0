const { ApolloServer, gql } = require('apollo-server-express');
const { ApolloServerPluginDrainHttpServer } = require('apollo-server-core');
const bcrypt = require('bcrypt');
const db = require('./db');

const typeDefs = gql`
  type Task { id: ID!, title: String!, done: Boolean! }
  type Query { tasks: [Task!]! }
  type Mutation {
    login(email: String!, password: String!): Boolean!
    addTask(title: String!): Task
    deleteTask(id: ID!): Boolean!
  }
`;

const resolvers = {
  Query: {
    tasks: (_, __, { req }) => db.tasks.forUser(req.session.userId),
  },
  Mutation: {
    async login(_, { email, password }, { req }) {
      const user = await db.users.byEmail(email);
      if (!user || !(await bcrypt.compare(password, user.hash))) return false;
      await new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
      req.session.userId = user.id;
      return true;
    },
    addTask: (_, { title }, { req }) => db.tasks.add(req.session.userId, title),
    deleteTask: (_, { id }, { req }) => db.tasks.remove(req.session.userId, id),
  },
};

function createApolloServer(httpServer) {
  return new ApolloServer({
    typeDefs,
    resolvers,
    context: ({ req, res }) => ({ req, res }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
}

module.exports = { createApolloServer };
