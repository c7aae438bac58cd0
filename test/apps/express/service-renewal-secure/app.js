const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { rateLimit } = require('express-rate-limit');
const redis = require('./lib/redis');
const auth = require('./routes/auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(
  session({
    name: 'app.sid',
    secret: process.env.SESSION_SECRET,
    store: new RedisStore({ client: redis }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 },
  }),
);
app.use('/auth', rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 }), auth);

app.listen(3000);
