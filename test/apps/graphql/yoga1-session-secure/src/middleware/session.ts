import * as session from 'express-session';
import * as connectRedis from 'connect-redis';
import { redis } from '../redis';

const RedisStore = connectRedis(session);

// Uploads are off (index.ts): graphql-yoga 1 then parses JSON bodies only, which no cross-site form can send.
export const sessionMiddleware = () =>
  // ok: csrf
  session({
    store: new RedisStore({ client: redis as any, prefix: 'sess:' }),
    name: 'qid',
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 1000 * 60 * 60 * 8 },
  });
