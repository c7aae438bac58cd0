const { Router } = require('express');
const users = require('../services/users');

const router = Router();

router.post('/email', async (req, res) => {
  await users.changeEmail(req.session.userId, req.body.email);
  res.redirect('/account');
});

router.post('/delete', async (req, res) => {
  await users.remove(req.session.userId);
  req.session.destroy(() => res.redirect('/'));
});

module.exports = router;
