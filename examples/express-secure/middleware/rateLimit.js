const { rateLimit } = require('express-rate-limit');

// Slows down password guessing: 10 login attempts per 15 minutes per client.
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

module.exports = { loginLimiter };
