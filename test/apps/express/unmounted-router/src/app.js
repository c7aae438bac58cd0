const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const lusca = require('lusca');
const { redis } = require('./redis');
const auth = require('./routes/auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(lusca.csrf());
app.use('/auth', auth);
app.get('/', (req, res) => res.render('home', { user: req.session.user }));

app.listen(3000);
