const passport = require('passport');
const LocalStrategy = require('passport-local');
const users = require('../users');

passport.use(new LocalStrategy(async (username, password, done) => {
  const user = await users.verify(username, password);
  return done(null, user || false);
}));
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => users.byId(id).then((user) => done(null, user), done));
