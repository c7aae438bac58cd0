module.exports = function requireEditor(req, res, next) {
  if (!req.session.editor) return res.status(401).json({ success: false, message: 'not logged in' });
  next();
};
