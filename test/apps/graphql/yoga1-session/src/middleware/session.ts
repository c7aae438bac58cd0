import * as session from 'express-session';
import * as connectRedis from 'connect-redis';
import { redis } from '../redis';

const RedisStore = connectRedis(session);

// graphql-yoga 1 puts graphql-upload in front of its endpoint: a multipart form from another site
// carries this cookie (no SameSite) into a mutation.
export const sessionMiddleware = () =>
  // expect: csrf
  session({
    store: new RedisStore({ client: redis as any, prefix: 'sess:' }),
    name: 'qid',
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 1000 * 60 * 60 * 8 },
  });
