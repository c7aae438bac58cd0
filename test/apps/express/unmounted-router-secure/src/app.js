const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const lusca = require('lusca');
const { redis } = require('./redis');

// routes/auth.js is a leftover of an older login: nothing requires it, so its routes are never served.
const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(lusca.csrf());
app.get('/', (req, res) => res.render('home', { user: req.session.user }));

app.listen(3000);
