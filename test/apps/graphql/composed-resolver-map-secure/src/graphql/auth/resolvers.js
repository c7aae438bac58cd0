const bcrypt = require('bcryptjs');

/** `req.session.regenerate` / `destroy` as promises: a resolver awaits them. */
const renew = (req) => new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
const end = (req) => new Promise((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));

module.exports = {
  // ok: login-rate-limit
  login: async (_, { email, password }, { req, models }) => {
    const user = await models.users.byEmail(email);
    if (!user || !(await bcrypt.compare(password, user.password_hash))) throw new Error('Invalid credentials');
    await renew(req);
    // ok: session-regenerate-on-login
    req.session.userId = user.id;
    return user;
  },
  logout: async (_, __, { req, res }) => {
    // ok: session-destroy-on-logout
    await end(req);
    res.clearCookie('todo.sid');
    return true;
  },
};
