const express = require('express');
const rateLimit = require('express-rate-limit');
const sessions = require('../controllers/sessions');

const router = express.Router();

const signInLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ok: login-rate-limit
router.post('/session', signInLimiter, sessions.create);
router.delete('/session', sessions.destroy);

module.exports = router;
