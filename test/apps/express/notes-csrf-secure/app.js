const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { doubleCsrf } = require('csrf-csrf');
const redis = require('./lib/redis');
const notesRouter = require('./routes/notes');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(
  // ok: csrf
  session({
    name: 'app.sid',
    secret: process.env.SESSION_SECRET,
    store: new RedisStore({ client: redis }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 30 * 60 * 1000 },
  }),
);
const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  getSessionIdentifier: (req) => req.session.id,
});
app.use(doubleCsrfProtection);
app.use('/notes', notesRouter);

module.exports = app;
