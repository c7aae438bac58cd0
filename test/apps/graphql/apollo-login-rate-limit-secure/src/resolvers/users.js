const bcrypt = require('bcryptjs');
const db = require('../db');

const Query = {
  me: (_parent, _args, { req }) => (req.session.userId ? db.users.findById(req.session.userId) : null),
};

const Mutation = {
  // ok: login-rate-limit
  async login(_parent, { email, password }, { req }) {
    const user = await db.users.findByEmail(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new Error('Invalid email or password');
    await new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    // ok: session-regenerate-on-login
    req.session.userId = user.id;
    return user;
  },

  logout(_parent, _args, { req, res }) {
    return new Promise((resolve) =>
      req.session.destroy((err) => {
        res.clearCookie('qid');
        resolve(!err);
      }),
    );
  },
};

module.exports = { Query, Mutation };
