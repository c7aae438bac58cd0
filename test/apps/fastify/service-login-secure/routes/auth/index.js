'use strict';

const AuthService = require('../../services/auth');

module.exports = async (fastify) => {
  const authService = new AuthService(fastify);

  fastify.post('/login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (req) => {
    const { id, username } = await authService.login(req.body);
    req.session.set('id', id);
    return { message: 'login successful', user: { username } };
  });

  fastify.post('/logout', async (req) => {
    req.session.delete();
    return { message: 'logout successful' };
  });
};
