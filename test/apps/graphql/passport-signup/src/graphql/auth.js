module.exports = {
  // A sign-up: it creates the account, then logs the new user in with req.login(), which passport's
  // documentation gives as the function's main use. Sign-ups are not judged for renewal (rule README).
  signup: async (_, { email, password }, { req, models: { User } }) => {
    const user = await User.create({ email, password });
    // ok: session-regenerate-on-login
    await new Promise((resolve, reject) => req.login(user, (err) => (err ? reject(err) : resolve())));
    return user;
  },
  // expect: login-rate-limit
  login: async (_, { email, password }, { req, models: { User } }) => {
    const user = await User.findOne({ where: { email } });
    if (!user || !user.correctPassword(password)) throw new Error('Invalid credentials');
    // expect: session-regenerate-on-login
    await new Promise((resolve, reject) => req.login(user, (err) => (err ? reject(err) : resolve())));
    return user;
  },
};
