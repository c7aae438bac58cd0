const express = require('express');
const rateLimit = require('express-rate-limit');
const authController = require('../controllers/authController');

const router = express.Router();
const withErrors = (handler) => (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);
const passwordLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// Starts the provider's login: the body names the provider, no password is sent here.
// ok: login-rate-limit
router.post('/login', authController.login);
// ok: login-rate-limit
router.post('/login/password', passwordLimiter, authController.passwordLogin);
// The code exchange read where it is defined: it hands on no body, reads no password.
// ok: login-rate-limit
router.post('/token', authController.oauthToken);
// The same through a wrapper the model cannot read: an OAuth token endpoint is no login by its path.
// ok: login-rate-limit
router.post('/oauth2/token', withErrors(authController.oauthToken));
// ok: login-rate-limit
router.post('/legacy/token', passwordLimiter, authController.legacyToken);

module.exports = router;
