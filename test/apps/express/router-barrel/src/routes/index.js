const express = require('express');
const items = require('./items');
const health = require('./health');

const router = express.Router();
router.use('/items', items);
router.use('/health', health);

module.exports = router;
