const rateLimit = require('express-rate-limit');

// One limiter for the whole GraphQL endpoint, made here and mounted by the server.
module.exports = (max = 100) => rateLimit({ windowMs: 15 * 60 * 1000, max });
