const rateLimit = require('express-rate-limit');
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const typeDefs = require('./schema');
const resolvers = require('./resolvers');

async function start() {
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  const app = express();
  // Every request, the GraphQL endpoint's included, goes through one limiter.
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
  app.use(session({
    name: 'qid',
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 4 },
  }));
  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req, res }) => ({ req, res }) }));
  app.listen(4000);
}

start();
