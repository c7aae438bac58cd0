const express = require('express');

const router = express.Router();

function requireUser(req, res, next) {
  if (!req.session.userId) return res.status(401).end();
  next();
}

router.get('/', async (req, res) => res.json(await req.app.locals.db.posts.latest()));
router.post('/', requireUser, async (req, res) => {
  await req.app.locals.db.posts.insert({ author: req.session.userId, body: req.body.body });
  res.status(201).end();
});
router.delete('/:id', requireUser, async (req, res) => {
  await req.app.locals.db.posts.remove(req.params.id, req.session.userId);
  res.status(204).end();
});

module.exports = router;
