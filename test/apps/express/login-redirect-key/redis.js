const { createClient } = require('redis');

module.exports = createClient();
