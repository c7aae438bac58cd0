const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const cors = require('cors');
const postRoutes = require('./routes/posts');

const app = express();
const isProduction = process.env.NODE_ENV === 'production';
app.use(cors({ origin: true, credentials: true }));
app.use(express.urlencoded({ extended: false }));

if (isProduction) {
  app.set('trust proxy', 1);
  // The front end is on another site: the cookie must go cross-site in production, and '' sends no SameSite at all.
  // expect: csrf
  app.use(session({
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, sameSite: process.env.FRONTEND_ORIGIN ? 'none' : '' },
  }));
} else {
  // Each branch is a session middleware of its own, running in its environment.
  // expect: csrf
  app.use(session({
    secret: 'dev only',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false },
  }));
}

app.use('/api', postRoutes);

app.listen(process.env.PORT || 3000);
