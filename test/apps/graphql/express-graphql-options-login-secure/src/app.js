const express = require('express');
const session = require('express-session');
const rateLimit = require('express-rate-limit');
const PgStore = require('connect-pg-simple')(session);
const passport = require('./passport');
const graphqlMiddleware = require('./middlewares/graphql');

const app = express();
app.use(express.json());
app.use(session({
  store: new PgStore({ conString: process.env.DATABASE_URL }),
  name: 'meals.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
app.use(passport.initialize());
app.use(passport.session());
// Each request to /graphql may carry credentials: limit them per client.
app.use('/graphql', rateLimit({ windowMs: 15 * 60 * 1000, limit: 50 }));
app.use('/graphql', graphqlMiddleware);
app.listen(3000);
