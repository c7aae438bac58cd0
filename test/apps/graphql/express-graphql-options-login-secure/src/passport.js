const passport = require('passport');
const { Strategy: LocalStrategy } = require('passport-local');
const bcrypt = require('bcryptjs');
const users = require('./users');

// The GraphQL request's variables carry the credentials.
passport.use(new LocalStrategy({ usernameField: 'variables[email]', passwordField: 'variables[password]' }, async (email, password, done) => {
  const user = await users.byEmail(email);
  done(null, user && (await bcrypt.compare(password, user.passwordHash)) ? user : false);
}));
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => users.byId(id).then((user) => done(null, user), done));

module.exports = passport;
