const bcrypt = require('bcryptjs');
const { AuthenticationError } = require('apollo-server-express');
const db = require('../../db');

// expect: login-rate-limit
module.exports = async (_, { email, password }, { session }) => {
  const user = await db.findUserByEmail(email);
  if (!user) throw new AuthenticationError('No account for that email');
  const valid = await bcrypt.compare(password, user.password);
  if (!valid) throw new AuthenticationError('Invalid password');
  // The session id a visitor arrived with is kept for the signed-in user.
  // expect: session-regenerate-on-login
  session.userId = user.id;
  return user;
};
