const express = require('express');
const session = require('express-session');
const SequelizeStore = require('connect-session-sequelize')(session.Store);
const passport = require('passport');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const typeDefs = require('./graphql/typeDefs');
const resolvers = require('./graphql');
const { db, models } = require('./db');

passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => models.User.findByPk(id).then((user) => done(null, user), done));

async function main() {
  const app = express();
  app.use(session({
    store: new SequelizeStore({ db }),
    name: 'todo.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }));
  app.use(passport.initialize());
  app.use(passport.session());

  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req, res }) => ({ req, res, models }) }));
  app.listen(process.env.PORT || 4000);
}

main();
