const express = require('express');
const session = require('express-session');
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
app.use('/graphql', graphqlMiddleware);
app.listen(3000);
