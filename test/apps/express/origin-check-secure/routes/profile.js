const express = require('express');
const profiles = require('../profiles');

const router = express.Router();

router.post('/', async (req, res) => {
  await profiles.update(req.session.userId, req.body);
  res.redirect('/profile');
});

module.exports = router;
