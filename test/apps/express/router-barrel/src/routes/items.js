const express = require('express');
const Item = require('../models/item');

const router = express.Router();

router
  .route('/:id')
  .get(async (req, res) => res.json(await Item.findById(req.params.id)))
  .delete(async (req, res) => {
    await Item.deleteOne({ _id: req.params.id, owner: req.session.userId });
    res.sendStatus(204);
  });

module.exports = router;
