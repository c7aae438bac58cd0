const express = require('express');
const async = require('async');
const User = require('../../models/user');

const router = express.Router();

// The emailed link's form posts here: the token proves the account, the new password is chosen, not guessed.
// ok: login-rate-limit
router.post('/reset/:token', (req, res) => {
  async.waterfall([
    (done) => {
      User.findOne({ resetPasswordToken: req.params.token, resetPasswordExpires: { $gt: Date.now() } }, (err, user) => {
        if (err || !user) return res.redirect('/forgot');
        if (req.body.password !== req.body.confirm) return res.redirect('back');
        user.setPassword(req.body.password, () => {
          user.resetPasswordToken = undefined;
          user.resetPasswordExpires = undefined;
          user.save(() => {
            // Logs the user in and keeps the id the browser came with (the package.json pins 0.4.1).
            // expect: session-regenerate-on-login
            req.logIn(user, (failure) => done(failure, user));
          });
        });
      });
    },
  ], (err) => {
    if (err) return res.redirect('/forgot');
    res.redirect('/documents');
  });
});

module.exports = router;
