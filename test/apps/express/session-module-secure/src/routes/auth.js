const authRouter = require('express').Router();
const rateLimit = require('express-rate-limit');
const requireEditor = require('../middleware/requireEditor');

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

authRouter.get('/', requireEditor, (req, res) => {
  res.json({ success: true, user: req.session.editor });
});

// The editor's credentials come from the environment: one account, compared by hand.
// ok: login-rate-limit
authRouter.post('/', loginLimiter, (req, res) => {
  const { username, password } = req.body;
  if (!username || !password) return res.status(400).json({ success: false, message: 'invalid credentials' });
  if (username !== process.env.EDITOR_USER || password !== process.env.EDITOR_PASSWORD) {
    return res.status(400).json({ success: false, message: 'invalid credentials' });
  }
  req.session.regenerate((error) => {
    if (error) return res.status(500).json({ success: false });
    // ok: session-regenerate-on-login
    req.session.editor = username;
    res.json({ success: true, user: req.session.editor });
  });
});

authRouter.delete('/', (req, res) => {
  req.session.destroy((error) => {
    if (error) return res.status(500).json({ success: false });
    res.clearCookie('paper.sid');
    res.json({ success: true });
  });
});

module.exports = authRouter;
