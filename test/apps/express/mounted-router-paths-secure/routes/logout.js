const express = require('express');

const router = express.Router();

router.get('/', (req, res) => {
  res.send('Please use POST');
});

router.post('/', (req, res) => {
  req.session = null;
  res.redirect('/');
});

module.exports = router;
