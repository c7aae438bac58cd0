const router = require('express').Router();
const pool = require('../db');
const requireEditor = require('../middleware/requireEditor');

router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT id, title, body FROM articles ORDER BY created_at DESC');
  res.json(rows);
});

router.post('/', requireEditor, async (req, res) => {
  const { title, body } = req.body;
  const { rows } = await pool.query('INSERT INTO articles (title, body, author) VALUES ($1, $2, $3) RETURNING id', [title, body, req.session.editor]);
  res.status(201).json(rows[0]);
});

router.delete('/:id', requireEditor, async (req, res) => {
  await pool.query('DELETE FROM articles WHERE id = $1', [req.params.id]);
  res.status(204).end();
});

module.exports = router;
