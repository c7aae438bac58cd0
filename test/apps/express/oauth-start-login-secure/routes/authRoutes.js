const express = require('express');
const rateLimit = require('express-rate-limit');
const authController = require('../controllers/authController');

const router = express.Router();
const passwordLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// Starts the provider's login: the body names the provider, no password is sent here.
// ok: login-rate-limit
router.post('/login', authController.login);
// ok: login-rate-limit
router.post('/login/password', passwordLimiter, authController.passwordLogin);

module.exports = router;
