const express = require('express');
const bodyParser = require('body-parser');
const cookieSession = require('cookie-session');
const index = require('./routes/index');
const requests = require('./routes/requests');

const app = express();
app.set('view engine', 'pug');
app.use(bodyParser.urlencoded({ extended: false }));
// The whole session is this signed cookie (express-session is listed in package.json, but nothing mounts it).
app.use(
  // expect: csrf
  cookieSession({
    name: 'leave',
    keys: [process.env.COOKIE_KEY],
    httpOnly: true,
    secure: true,
  }),
);
app.use('/', index);
app.use('/requests', requests);

module.exports = app;
