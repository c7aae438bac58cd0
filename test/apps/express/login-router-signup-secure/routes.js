const express = require('express');
const rateLimit = require('express-rate-limit');
const loginController = require('./controllers/loginController');

const route = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

route
  .route('/login')
  .get(loginController.index);

route
  // ok: login-rate-limit
  .route('/login/register')
  .post(loginController.register);

route
  // ok: login-rate-limit
  .route('/login/login')
  .post(loginLimiter, loginController.login);

module.exports = route;
