const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const lusca = require('lusca');
const { authLimiter } = require('./middleware/limits');
const api = require('./api');

const app = express();
app.use(express.json());
app.use(session({ store: new PgStore(), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));
app.use(lusca.csrf());
app.use('/api/admin', authLimiter);
app.use('/api', api);

app.listen(8080);
