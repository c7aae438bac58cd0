const express = require('express');
const cookieSession = require('cookie-session');
const { MongoClient } = require('mongodb');
const routes = require('./app/routes');

MongoClient.connect(process.env.MONGODB_URI).then((client) => {
  const db = client.db();
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.use(cookieSession({ name: 'sid', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: true, sameSite: 'strict' }));
  routes(app, db);
  app.listen(4000);
});
