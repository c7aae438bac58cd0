const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const typeDefs = require('./graphql/typeDefs');
const resolvers = require('./graphql');
const models = require('./models');

async function main() {
  const app = express();
  app.use(session({
    store: new PgStore({ conString: process.env.DATABASE_URL }),
    name: 'todo.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }));

  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req, res }) => ({ req, res, models }) }));
  app.listen(process.env.PORT || 4000);
}

main();
