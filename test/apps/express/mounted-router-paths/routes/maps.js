const express = require('express');
const db = require('../db/connection');

const router = express.Router();

router.get('/', async (req, res) => {
  const { rows } = await db.query('SELECT id, title FROM maps');
  res.json(rows);
});

router.post('/', async (req, res) => {
  if (!req.session.userId) return res.status(401).end();
  await db.query('INSERT INTO maps (title, owner_id) VALUES ($1, $2)', [req.body.title, req.session.userId]);
  res.redirect('/');
});

module.exports = router;
