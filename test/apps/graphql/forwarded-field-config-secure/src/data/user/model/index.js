const passport = require('passport');

/** What the user mutations do, with the request taken from the GraphQL context. */
class UserModel {
  login(root, params, context) {
    context.req.body = { username: params.username, password: params.password };
    return new Promise((resolve, reject) => {
      passport.authenticate('local', (err, user) => {
        if (err || !user) return reject(err || new Error('Invalid credentials'));
        context.req.logIn(user, (loginError) => (loginError ? reject(loginError) : resolve({ username: user.username })));
      })(context.req);
    });
  }

  logout(root, params, context) {
    // passport 0.6 and later end the login session and give the request a new one.
    return new Promise((resolve, reject) => context.req.logout((err) => (err ? reject(err) : resolve(true))));
  }
}

module.exports = new UserModel();
