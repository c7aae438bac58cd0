const { promisify } = require('node:util');

// A fresh session id whenever the privilege level changes (OWASP: renew the session id after login).
exports.rotate = (req) => promisify(req.session.regenerate.bind(req.session))();

exports.end = (req) => promisify(req.session.destroy.bind(req.session))();
