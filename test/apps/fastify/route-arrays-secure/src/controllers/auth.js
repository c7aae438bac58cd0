const argon2 = require('argon2');
const db = require('../db');

async function login(request, reply) {
  const { email, password } = request.body;
  const { rows } = await db.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
  if (!rows[0] || !(await argon2.verify(rows[0].password_hash, password))) return reply.code(401).send({ error: 'Invalid credentials' });
  return { token: await reply.jwtSign({ sub: rows[0].id }, { expiresIn: '1h' }) };
}

async function me(request) {
  return { id: request.user.sub };
}

module.exports = { login, me };
