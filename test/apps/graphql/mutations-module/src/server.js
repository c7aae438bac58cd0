import rateLimit from 'express-rate-limit';
import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { schema } from './schema.js';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const app = express();
// Every request, the GraphQL endpoint's included, goes through one limiter.
app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
app.use(session({
  store: new RedisStore({ client: redis }),
  name: 'blog.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));

const server = new ApolloServer({ schema });
await server.start();
app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req, res }) => ({ req, res }) }));
app.listen(4000);
