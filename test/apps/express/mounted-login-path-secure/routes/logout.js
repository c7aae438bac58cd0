const express = require('express');

const router = express.Router();

router.post('/', (req, res) => {
  // ok: session-destroy-on-logout
  req.session.destroy(() => {
    res.clearCookie('connect.sid');
    res.redirect('/login');
  });
});

module.exports = router;
