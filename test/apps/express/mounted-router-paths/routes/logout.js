const express = require('express');

const router = express.Router();

router.get('/', (req, res) => {
  res.send('Please use POST');
});

router.post('/', (req, res) => {
  // expect: session-destroy-on-logout
  req.session.userId = '';
  res.redirect('/');
});

module.exports = router;
