const express = require('express');
const notes = require('../controllers/notes');

const router = express.Router();

router.get('/', notes.list);
router.post('/', notes.create);
router.put('/:id', notes.update);
router.delete('/:id', notes.remove);

module.exports = router;
