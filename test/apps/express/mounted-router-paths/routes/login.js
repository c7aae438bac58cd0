const express = require('express');
const bcrypt = require('bcryptjs');
const db = require('../db/connection');

const router = express.Router();

router.get('/', (req, res) => {
  res.render('login');
});

// expect: login-rate-limit
router.post('/', async (req, res) => {
  const { username, password } = req.body;
  const { rows } = await db.query('SELECT id, password_hash FROM users WHERE username = $1', [username]);
  if (rows.length === 0 || !(await bcrypt.compare(password, rows[0].password_hash))) {
    return res.status(401).send('Invalid username or password');
  }
  req.session.userId = rows[0].id;
  res.redirect('/');
});

module.exports = router;
