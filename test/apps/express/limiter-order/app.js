import express from 'express';
import session from 'express-session';
import { rateLimit } from 'express-rate-limit';
import { csrfSync } from 'csrf-sync';
import authRouter from './routes/auth.js';
import apiRouter from './routes/api.js';

const app = express();
const limiter = rateLimit({ windowMs: 60_000, limit: 30 });
const { csrfSynchronisedProtection } = csrfSync();

app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(csrfSynchronisedProtection);
app.use('/auth', authRouter);
app.use(limiter);
app.use('/api', apiRouter);

export default app;
