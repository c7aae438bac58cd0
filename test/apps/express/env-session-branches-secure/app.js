const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const cors = require('cors');
const postRoutes = require('./routes/posts');

const app = express();
const isProduction = process.env.NODE_ENV === 'production';
app.use(cors({ origin: process.env.FRONTEND_ORIGIN, credentials: true }));
app.use(express.urlencoded({ extended: false }));

if (isProduction) {
  app.set('trust proxy', 1);
  // Both values keep the cookie off cross-site POSTs.
  // ok: csrf
  app.use(session({
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, sameSite: process.env.STRICT_COOKIES ? 'strict' : 'lax' },
  }));
} else {
  // ok: csrf
  app.use(session({
    secret: 'dev only',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, sameSite: 'lax' },
  }));
}

app.use('/api', postRoutes);

app.listen(process.env.PORT || 3000);
