const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const settingsRoutes = require('./routes/settings');

const app = express();
app.set('trust proxy', 1);
app.use(express.json());
// expect: csrf
app.use(session({
  name: 'id',
  secret: process.env.SESSION_SECRET,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'none', maxAge: 8 * 60 * 60 * 1000 },
}));
app.use('/settings', settingsRoutes);

app.listen(process.env.PORT);
