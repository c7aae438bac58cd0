const express = require('express');
const sessions = require('../controllers/sessions');

const router = express.Router();

// expect: login-rate-limit
router.post('/session', sessions.create);
router.delete('/session', sessions.destroy);

module.exports = router;
