const bcrypt = require('bcryptjs');

module.exports = {
  // expect: login-rate-limit
  login: async (_, { email, password }, { req, models }) => {
    const user = await models.users.byEmail(email);
    if (!user || !(await bcrypt.compare(password, user.password_hash))) throw new Error('Invalid credentials');
    // expect: session-regenerate-on-login
    req.session.userId = user.id;
    return user;
  },
  logout: (_, __, { req }) => {
    // expect: session-destroy-on-logout
    delete req.session.userId;
    return true;
  },
};
