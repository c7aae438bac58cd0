const rateLimit = require('express-rate-limit');
const http = require('http');
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const { createApolloServer } = require('./apollo');

async function main() {
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  const app = express();
  // Every request, the GraphQL endpoint's included, goes through one limiter.
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
  app.set('trust proxy', 1);
  // The web client is served from another site (app.example.net), so the cookie must travel cross-site.
  app.use(
    // Apollo 3 without csrfPrevention, but it parses JSON bodies only and runs no mutation from a GET:
    // a cross-site form or image cannot reach a mutation (a fetch with JSON needs a CORS preflight).
    // ok: csrf
    session({
      store: new RedisStore({ client: redis }),
      name: 'api.sid',
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'none' },
    }),
  );
  const httpServer = http.createServer(app);
  const server = createApolloServer(httpServer);
  await server.start();
  server.applyMiddleware({ app, path: '/api/graphql', cors: { origin: 'https://app.example.net', credentials: true } });
  httpServer.listen(4000);
}

main();
