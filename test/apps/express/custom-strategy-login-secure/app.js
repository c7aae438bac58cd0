const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const passport = require('passport');
const CustomStrategy = require('passport-custom').Strategy;
const User = require('./models/user');
const indexRouter = require('./routes/index');

const app = express();
app.use(express.json());
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, sameSite: 'lax' },
}));
app.use(passport.initialize());
app.use(passport.session());

// The demo login: everyone who asks is logged in as the one shared anonymous account; nothing is checked.
passport.use(new CustomStrategy(async (req, done) => {
  const existing = await User.findOne({ email: 'example@example.com' }).exec();
  if (existing) return done(null, existing);
  const anonymous = await new User({ email: 'example@example.com', first_name: 'anony', last_name: 'mous' }).save();
  return done(null, anonymous);
}));
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => User.findById(id).then((user) => done(null, user), done));

app.use('/', indexRouter);

module.exports = app;
