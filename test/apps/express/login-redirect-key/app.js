const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const passport = require('passport');
const { doubleCsrf } = require('csrf-csrf');
const { rateLimit } = require('express-rate-limit');
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => require('./users').byId(id).then((user) => done(null, user), done));
const authRoutes = require('./routes/auth');

const app = express();
const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET, getSessionIdentifier: (req) => req.session.id });

app.use(express.urlencoded({ extended: false }));
app.use(session({ store: new RedisStore({ client: require('./redis') }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));
app.use(passport.session());
app.use(doubleCsrfProtection);
app.use('/', rateLimit({ windowMs: 60_000, limit: 100 }), authRoutes);

module.exports = app;
