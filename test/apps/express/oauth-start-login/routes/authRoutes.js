const express = require('express');
const authController = require('../controllers/authController');

const router = express.Router();
const withErrors = (handler) => (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);

// Starts the provider's login: the body names the provider, no password is sent here.
// ok: login-rate-limit
router.post('/login', authController.login);
// expect: login-rate-limit
router.post('/login/password', authController.passwordLogin);
// The code exchange read where it is defined: it hands on no body, reads no password.
// ok: login-rate-limit
router.post('/token', authController.oauthToken);
// The same through a wrapper the model cannot read: an OAuth token endpoint is no login by its path.
// ok: login-rate-limit
router.post('/oauth2/token', withErrors(authController.oauthToken));
// expect: login-rate-limit
router.post('/legacy/token', authController.legacyToken);

module.exports = router;
