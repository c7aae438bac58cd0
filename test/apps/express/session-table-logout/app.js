const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const authRoutes = require('./routes/auth');

const app = express();
app.use(express.json());
app.use(cookieParser());
// express-session only carries the basket of signed-out visitors; sign-ins live in the session table (lib/session.js).
app.use(
  session({
    secret: process.env.BASKET_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }),
);
app.use('/auth', authRoutes);

module.exports = app;
