const express = require('express');
const bodyParser = require('body-parser');
const cookieSession = require('cookie-session');
const rateLimit = require('express-rate-limit');
const index = require('./routes/index');
const requests = require('./routes/requests');

const app = express();
app.set('view engine', 'pug');
app.use(bodyParser.urlencoded({ extended: false }));
// The whole session is this signed cookie (express-session is listed in package.json, but nothing mounts it).
app.use(
  // ok: csrf
  cookieSession({
    name: 'leave',
    keys: [process.env.COOKIE_KEY],
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
  }),
);
app.use('/', rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 }), index);
app.use('/requests', requests);

module.exports = app;
