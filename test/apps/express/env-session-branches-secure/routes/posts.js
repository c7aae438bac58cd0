const express = require('express');
const Post = require('../models/post');

const router = express.Router();

router.post('/posts', async (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  const post = await Post.create({ author: req.session.userId, text: req.body.text });
  res.status(201).json(post);
});

router.delete('/posts/:id', async (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  await Post.deleteOne({ _id: req.params.id, author: req.session.userId });
  res.sendStatus(204);
});

module.exports = router;
