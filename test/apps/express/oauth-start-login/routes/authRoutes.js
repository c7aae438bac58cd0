const express = require('express');
const authController = require('../controllers/authController');

const router = express.Router();

// Starts the provider's login: the body names the provider, no password is sent here.
// ok: login-rate-limit
router.post('/login', authController.login);
// expect: login-rate-limit
router.post('/login/password', authController.passwordLogin);

module.exports = router;
