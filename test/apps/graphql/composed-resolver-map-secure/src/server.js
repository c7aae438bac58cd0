const express = require('express');
const session = require('express-session');
const rateLimit = require('express-rate-limit');
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

  // Every GraphQL request, the login mutation's included, counts against one limiter per client.
  app.use('/graphql', rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));

  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req, res }) => ({ req, res, models }) }));
  app.listen(process.env.PORT || 4000);
}

main();
