const { Router } = require('express');
const posts = require('../services/posts');

const router = Router();

router.post('/', async (req, res) => {
  await posts.create(req.session.userId, req.body);
  res.redirect('/posts');
});

module.exports = router;
