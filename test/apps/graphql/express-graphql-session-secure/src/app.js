const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const { createHandler } = require('graphql-http/lib/use/express');
const { pool } = require('./db');
const schema = require('./schema');
const rootValue = require('./root');

const app = express();

// graphql-http accepts JSON requests only (a form's urlencoded or multipart body gets 415):
// a cross-site page cannot send one without a CORS preflight.
// ok: csrf
app.use(session({
  store: new PgStore({ pool }),
  name: 'sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, maxAge: 1000 * 60 * 60 * 8 },
}));

app.use('/graphql', createHandler({ schema, rootValue, context: (req) => req.raw }));

app.listen(4000);
