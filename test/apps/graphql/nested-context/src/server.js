import express from 'express';
import session from 'express-session';
import rateLimit from 'express-rate-limit';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import typeDefs from './typeDefs.js';
import authResolvers from './resolvers/auth.js';
import postResolvers from './resolvers/post.js';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const app = express();
app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 200 }));
app.use(session({
  store: new RedisStore({ client: redis }),
  name: 'blog.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));

const server = new ApolloServer({ typeDefs, resolvers: [authResolvers, postResolvers] });
await server.start();
// The resolvers get Express's request and response inside `request`, as the server passed them.
app.use('/graphql', express.json(), expressMiddleware(server, { context: async (request) => ({ request, redis }) }));
app.listen(4000);
