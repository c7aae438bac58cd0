const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const { graphqlHTTP } = require('express-graphql');
const { pool } = require('./db');
const schema = require('./schema');
const rootValue = require('./root');

const app = express();

// express-graphql reads urlencoded bodies itself: a form on another site posts
// query=mutation{deleteAccount} with this cookie, which has no SameSite.
// expect: csrf
app.use(session({
  store: new PgStore({ pool }),
  name: 'sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, maxAge: 1000 * 60 * 60 * 8 },
}));

app.use('/graphql', graphqlHTTP({ schema, rootValue, graphiql: false }));

app.listen(4000);
