const express = require('express');

const router = express.Router();

router.get('/', (req, res) => res.render('index', { title: 'Leave desk' }));

// The desk's one account is written into the code; the login form posts to `/`.
// expect: login-rate-limit
router.post('/', (req, res) => {
  if (req.body.login === 'manager' && req.body.password === 'leave-2024') {
    // A cookie-only session has no server-side id to fix.
    // ok: session-regenerate-on-login
    req.session.user = { login: req.body.login };
    return res.redirect('/requests');
  }
  res.render('index', { status: false, message: 'wrong credentials' });
});

module.exports = router;
