const express = require('express');

const router = express.Router();

router.patch('/theme', async (req, res) => {
  req.session.theme = req.body.theme;
  res.sendStatus(204);
});

module.exports = router;
