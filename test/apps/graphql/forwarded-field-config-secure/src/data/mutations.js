const user = require('./user/mutations');

module.exports = { ...user };
