const { model, Schema } = require('mongoose');

module.exports = model('Article', new Schema({ title: String, body: String, author: String }));
