import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { redis } from '@config/redis';
import { authRouter, profileRouter } from '@routes/index';

export const app = express();
app.use(express.json());
app.use(
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);
app.use('/auth', authRouter);
app.use('/profile', profileRouter);
