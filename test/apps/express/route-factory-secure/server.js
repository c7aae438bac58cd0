const express = require('express');
const cookieSession = require('cookie-session');
const rateLimit = require('express-rate-limit');
const { MongoClient } = require('mongodb');
const routes = require('./app/routes');

MongoClient.connect(process.env.MONGODB_URI).then((client) => {
  const db = client.db();
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.use(cookieSession({ name: 'sid', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: true, sameSite: 'strict' }));
  app.use('/login', rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 }));
  routes(app, db);
  app.listen(4000);
});
