const express = require('express');
const expressSession = require('express-session');
const MongoStore = require('connect-mongo');
const rateLimit = require('express-rate-limit');

const loginUserController = require('./controllers/loginUser');
const logoutController = require('./controllers/logout');

const app = express();
app.use(express.urlencoded({ extended: true }));
app.use(
  expressSession({
    secret: process.env.SESSION_SECRET,
    name: 'blog.sid',
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 4 * 60 * 60 * 1000 },
  }),
);

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

app.post('/users/login', loginLimiter, loginUserController);
app.post('/auth/logout', logoutController);

app.listen(4000);
