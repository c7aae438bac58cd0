const bcrypt = require('bcryptjs');
const { AuthenticationError } = require('apollo-server-express');
const db = require('../../db');

// ok: login-rate-limit
module.exports = async (_, { email, password }, { req }) => {
  const user = await db.findUserByEmail(email);
  if (!user) throw new AuthenticationError('No account for that email');
  const valid = await bcrypt.compare(password, user.password);
  if (!valid) throw new AuthenticationError('Invalid password');
  // A fresh session id for the signed-in user: one planted before the login is worth nothing.
  await new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  // ok: session-regenerate-on-login
  req.session.userId = user.id;
  return user;
};
