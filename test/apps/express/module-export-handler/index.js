const express = require('express');
const expressSession = require('express-session');
const MongoStore = require('connect-mongo');

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

// expect: login-rate-limit
app.post('/users/login', loginUserController);
app.post('/auth/logout', logoutController);

app.listen(4000);
