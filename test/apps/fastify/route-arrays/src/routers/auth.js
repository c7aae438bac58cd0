const controller = require('../controllers/auth');

// Registered by the server, one by one (`AuthRouter.forEach((route) => fastify.route(route))`).
const AuthRouter = [
  {
    method: 'POST',
    // expect: login-rate-limit
    url: '/auth/login',
    handler: controller.login,
  },
  {
    method: 'GET',
    url: '/auth/me',
    onRequest: [async (request) => request.jwtVerify()],
    handler: controller.me,
  },
];

module.exports = { AuthRouter };
