const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const db = require('./db/connection');

const loginRoutes = require('./routes/login');
const logoutRoutes = require('./routes/logout');
const mapsRoutes = require('./routes/maps');

const app = express();
app.use(express.urlencoded({ extended: true }));
app.use(express.json());
app.use(
  session({
    store: new PgStore({ pool: db }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
  }),
);

// Each router answers at its mount path: `router.post('/')` in routes/login.js is POST /login.
app.use('/login', loginRoutes);
app.use('/logout', logoutRoutes);
app.use('/api/maps', mapsRoutes);

app.listen(process.env.PORT || 8080);
