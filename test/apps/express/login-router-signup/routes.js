const express = require('express');
const loginController = require('./controllers/loginController');

const route = express.Router();

route
  .route('/login')
  .get(loginController.index);

// A sign-up under the login page's path: no password is checked, so none can be guessed.
route
  // ok: login-rate-limit
  .route('/login/register')
  .post(loginController.register);

route
  // expect: login-rate-limit
  .route('/login/login')
  .post(loginController.login);

module.exports = route;
