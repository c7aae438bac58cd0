const authRouter = require('express').Router();
const requireEditor = require('../middleware/requireEditor');

authRouter.get('/', requireEditor, (req, res) => {
  res.json({ success: true, user: req.session.editor });
});

// The editor's credentials come from the environment: one account, compared by hand.
// expect: login-rate-limit
authRouter.post('/', (req, res) => {
  const { username, password } = req.body;
  if (!username || !password) return res.status(400).json({ success: false, message: 'invalid credentials' });
  if (username !== process.env.EDITOR_USER || password !== process.env.EDITOR_PASSWORD) {
    return res.status(400).json({ success: false, message: 'invalid credentials' });
  }
  // expect: session-regenerate-on-login
  req.session.editor = username;
  res.json({ success: true, user: req.session.editor });
});

authRouter.delete('/', (req, res) => {
  req.session.destroy((error) => {
    if (error) return res.status(500).json({ success: false });
    res.clearCookie('paper.sid');
    res.json({ success: true });
  });
});

module.exports = authRouter;
