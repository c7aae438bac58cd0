const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const rateLimit = require('express-rate-limit');

const homeController = require('./controllers/home');
const storeUserController = require('./controllers/storeUser');
const loginUserController = require('./controllers/loginUser');
const adminSignIn = require('./controllers/adminSignIn');
const logoutController = require('./controllers/logout');

const app = express();
app.use(express.urlencoded({ extended: true }));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 4 * 60 * 60 * 1000 },
  }),
);

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

app.get('/', homeController);
app.post('/users/register', storeUserController);
app.post('/users/login', loginLimiter, loginUserController);
app.post('/admin/signin', loginLimiter, adminSignIn);
app.get('/auth/logout', logoutController);

app.listen(process.env.PORT || 4000);
