const express = require('express');
const bcrypt = require('bcrypt');
const users = require('../users');

const router = express.Router();

// ok: login-rate-limit
router.post('/signin', async (req, res, next) => {
  const user = await users.byEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.user = { id: user.id };
    res.json({ ok: true });
  });
});

module.exports = router;
