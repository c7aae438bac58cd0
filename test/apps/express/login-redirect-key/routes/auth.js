const express = require('express');
const auth = require('../controllers/auth');

const router = express.Router();

router.get('/login', (req, res) => res.render('login'));
router.post('/login', auth.login);

module.exports = router;
