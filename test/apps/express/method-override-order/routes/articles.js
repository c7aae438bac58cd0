const { Router } = require('express');
const Article = require('../models/article');

const router = Router();

router.get('/', async (req, res) => res.render('articles/index', { articles: await Article.list(), csrfToken: req.csrfToken() }));
router.post('/', async (req, res) => {
  await Article.create({ ...req.body, author: req.session.userId });
  res.redirect('/articles');
});
router.delete('/:id', async (req, res) => {
  await Article.remove(req.params.id, req.session.userId);
  res.redirect('/articles');
});

module.exports = router;
