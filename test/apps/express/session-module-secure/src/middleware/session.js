const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const pool = require('../db');

// The session is made here and mounted by server.js as `app.use(session)`: its options, and the fix, are here.
// ok: csrf
module.exports = session({
  name: 'paper.sid',
  store: new PgSession({ pool, tableName: 'user_sessions', createTableIfMissing: true }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    maxAge: 8 * 60 * 60 * 1000,
    secure: true,
    sameSite: 'lax',
    httpOnly: true,
  },
});
