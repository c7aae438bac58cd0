const express = require('express');
const passport = require('passport');

const router = express.Router();

router.post(
  // expect: login-rate-limit
  '/login/custom',
  passport.authenticate('custom'),
  (req, res) => {
    res.json({ authenticated: req.isAuthenticated(), user: req.user });
  },
);

module.exports = router;
