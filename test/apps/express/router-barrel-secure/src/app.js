const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const lusca = require('lusca');
const { redisClient } = require('./config/redis');

const app = express();
app.use(express.json());
// ok: csrf
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(lusca({ csrf: true, xframe: 'SAMEORIGIN' }));
app.use('/api', require('./routes'));

module.exports = app;
