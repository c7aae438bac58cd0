const express = require('express');
const db = require('../db/connection');

const router = express.Router();

// ok: login-rate-limit
router.post('/', (req, res) => {
  if (!req.session.userId) return res.status(401).end();
  db.query('INSERT INTO maps (owner_id, title) VALUES ($1, $2) RETURNING id', [req.session.userId, req.body.title]).then((data) => {
    res.status(201).json({ id: data.rows[0].id });
  });
});

module.exports = router;
