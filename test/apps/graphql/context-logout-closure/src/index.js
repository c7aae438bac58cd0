const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const passport = require('passport');
const { ApolloServer } = require('apollo-server-express');
const typeDefs = require('./typeDefs');
const resolvers = require('./resolvers');
const Note = require('./note');

async function start() {
  const app = express();
  app.use(session({
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    name: 'notes.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }));
  app.use(passport.initialize());
  app.use(passport.session());

  // The context hands resolvers the user and a way to sign out, made for each request.
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    context: ({ req }) => ({
      currentUser: req.user,
      logout: () => req.logout(),
      models: { Note },
    }),
  });
  await server.start();
  server.applyMiddleware({ app, path: '/graphql' });
  app.listen(process.env.PORT || 5000);
}

start();
