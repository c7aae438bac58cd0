const db = require('../lib/db');

exports.list = async (req, res) => res.render('notes', { notes: await db.notes.byOwner(req.session.userId) });
exports.create = async (req, res) => {
  await db.notes.insert({ owner: req.session.userId, text: req.body.text });
  res.redirect('/notes');
};
exports.update = async (req, res) => {
  await db.notes.update(req.params.id, req.session.userId, req.body.text);
  res.redirect('/notes');
};
exports.remove = async (req, res) => {
  await db.notes.remove(req.params.id, req.session.userId);
  res.redirect('/notes');
};
