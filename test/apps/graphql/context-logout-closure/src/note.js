const mongoose = require('mongoose');

module.exports = mongoose.model('Note', new mongoose.Schema({ owner: String, text: String }));
