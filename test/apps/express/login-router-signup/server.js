const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const redis = require('./redis');
const routes = require('./routes');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  store: new RedisStore({ client: redis }),
  name: 'nb.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
app.use(routes);
app.listen(3000);
