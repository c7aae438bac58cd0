import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { redis } from './redis.js';
import { adminRouter, statusRouter } from './routes/index.js';
import { doubleCsrfProtection } from './csrf.js';

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(
  // ok: csrf
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true },
  }),
);
app.use('/status', statusRouter);
app.use(doubleCsrfProtection);
app.use('/admin', adminRouter);

export default app;
