const express = require('express');
const mongoose = require('mongoose');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const api = require('./routes/api');

mongoose.connect(process.env.MONGO_URL);

const app = express();
app.use(express.json());
app.use(
  session({
    name: 'notes.sid',
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
  }),
);
app.use('/api', api);

app.listen(process.env.PORT || 3000);
