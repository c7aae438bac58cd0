const { promisify } = require('node:util');

// Persists the session before the redirect; the id stays the one the visitor came with.
exports.rotate = (req) => promisify(req.session.save.bind(req.session))();

exports.end = (req) => promisify(req.session.destroy.bind(req.session))();
