const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const csurf = require('csurf');
const redis = require('./lib/redis');
const account = require('./routes/account');
const posts = require('./routes/posts');

const app = express();
const csrfProtection = csurf();
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
app.use(csrfProtection);
app.use('/account', account);
app.use('/posts', posts);

app.listen(3000);
