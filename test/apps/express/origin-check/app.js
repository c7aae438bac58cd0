const express = require('express');
const session = require('express-session');
const SQLiteStore = require('connect-sqlite3')(session);
const { sameOrigin } = require('./middleware/origin');
const profile = require('./routes/profile');

const app = express();
app.use(express.urlencoded({ extended: false }));
// expect: csrf
app.use(session({ store: new SQLiteStore({ db: 'sessions.db' }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));
app.use('/admin', sameOrigin);
app.use('/profile', profile);

module.exports = app;
