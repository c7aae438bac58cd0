const express = require('express');

const router = express.Router();

router.post('/', (req, res) => {
  // expect: session-destroy-on-logout
  req.session.userId = '';
  res.redirect('/login');
});

module.exports = router;
