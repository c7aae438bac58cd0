const argon2 = require('argon2');
const db = require('../db');

const routes = [
  {
    method: 'POST',
    // expect: login-rate-limit
    url: '/admin/sign-in',
    handler: async (request, reply) => {
      const { rows } = await db.query('SELECT id, password_hash FROM admins WHERE name = $1', [request.body.name]);
      if (!rows[0] || !(await argon2.verify(rows[0].password_hash, request.body.password))) return reply.code(401).send({ error: 'Invalid credentials' });
      return { token: await reply.jwtSign({ sub: rows[0].id, admin: true }, { expiresIn: '15m' }) };
    },
  },
];

function adminRoutes(fastify, options, done) {
  for (const route of routes) fastify.route(route);
  done();
}

module.exports = adminRoutes;
