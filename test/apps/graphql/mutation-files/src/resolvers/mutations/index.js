const signin = require('./signin');
const signout = require('./signout');

module.exports = { signin, signout };
