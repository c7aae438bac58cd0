const express = require('express');
const passport = require('passport');

const router = express.Router();

router.post(
  // No credential to guess: the strategy reads nothing of the request.
  // ok: login-rate-limit
  '/login/custom',
  passport.authenticate('custom'),
  (req, res) => {
    res.json({ authenticated: req.isAuthenticated(), user: req.user });
  },
);

module.exports = router;
