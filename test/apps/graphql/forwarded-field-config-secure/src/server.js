const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const { graphqlHTTP } = require('express-graphql');
const rateLimit = require('express-rate-limit');
const passport = require('./data/user/passport');
const schema = require('./data/schema');

const app = express();
app.use(express.json());
app.use(session({
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  name: 'gql.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
app.use(passport.initialize());
app.use(passport.session());
// The login mutation is reached through /graphql: one limiter per client there.
app.use('/graphql', rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
app.use('/graphql', graphqlHTTP((req) => ({ schema, context: { req } })));
app.listen(3000);
