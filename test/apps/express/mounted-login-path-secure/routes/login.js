const express = require('express');
const db = require('../db/connection');

const router = express.Router();

router.get('/', (req, res) => {
  res.render('login');
});

// ok: login-rate-limit
router.post('/', (req, res) => {
  const { username, password } = req.body;
  db.query('SELECT id FROM users WHERE username = $1 AND password = crypt($2, password)', [username, password]).then((data) => {
    if (data.rows.length === 0) return res.status(401).send('Invalid username or password');
    req.session.regenerate((error) => {
      if (error) return res.status(500).end();
      // ok: session-regenerate-on-login
      req.session.userId = data.rows[0].id;
      res.redirect('/');
    });
  });
});

module.exports = router;
