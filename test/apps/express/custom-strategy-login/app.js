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

// A team login: the shared access code in the body is checked against the configured one.
passport.use(new CustomStrategy(async (req, done) => {
  if (req.body.accessCode !== process.env.TEAM_ACCESS_CODE) return done(null, false);
  const team = await User.findOne({ email: 'team@example.com' }).exec();
  return done(null, team);
}));
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => User.findById(id).then((user) => done(null, user), done));

app.use('/', indexRouter);

module.exports = app;
