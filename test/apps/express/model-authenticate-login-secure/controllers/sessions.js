const User = require('../models/user');

/** POST /api/session: signs the user in (routes/api.js). */
exports.create = function createSession(req, res) {
  User.authenticate(req.body.email, req.body.password, (error, user) => {
    if (error) return res.status(500).end();
    if (!user) return res.status(401).json({ error: 'Wrong email or password' });
    req.session.regenerate((regenerateError) => {
      if (regenerateError) return res.status(500).end();
      // ok: session-regenerate-on-login
      req.session.userId = user.id;
      res.status(201).json({ id: user.id });
    });
  });
};

/** DELETE /api/session */
exports.destroy = function destroySession(req, res) {
  req.session.destroy(() => res.status(204).end());
};
