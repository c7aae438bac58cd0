import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';

const client = createClient({ url: process.env.REDIS_URL });
client.connect().catch(console.error);

/** A fresh session middleware for the app: app.ts mounts `sessionMiddleware()`. */
export const sessionMiddleware = () =>
  // expect: csrf
  session({
    name: 'notes.sid',
    store: new RedisStore({ client, prefix: 'notes:' }),
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 4 * 60 * 60 * 1000 },
  });
