const { createClient } = require('redis');

exports.redisClient = createClient({ url: process.env.REDIS_URL });
