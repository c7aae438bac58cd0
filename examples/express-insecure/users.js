const crypto = require('node:crypto');

// A stand-in for the user table.
const accounts = [
  { id: 1, email: 'ada@example.com', name: 'Ada', passwordHash: '$2b$10$Vh9V8mRr2Tn3QnC0pQm4ZOmVx1H3Jw7mQy5m6yXx0r3rX1y9C2s1e' },
];
const rememberTokens = new Map();

function findByEmail(email) {
  return accounts.find((account) => account.email === String(email).toLowerCase());
}

function issueRememberToken(account) {
  const token = crypto.randomBytes(32).toString('hex');
  rememberTokens.set(token, account.id);
  return token;
}

module.exports = { findByEmail, issueRememberToken };
