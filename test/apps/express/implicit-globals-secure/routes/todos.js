const express = require('express');
router = express.Router();
Todo = require('../models/todo');

function isLoggedIn(req, res, next) {
  if (req.session.userId) return next();
  res.redirect('/login');
}

router.post('/todos', isLoggedIn, async (req, res) => {
  await Todo.create({ owner: req.session.userId, text: req.body.text });
  res.redirect('/todos');
});

router.delete('/todos/:id', isLoggedIn, async (req, res) => {
  await Todo.deleteOne({ _id: req.params.id, owner: req.session.userId });
  res.redirect('/todos');
});

module.exports = router;
