module.exports = (req, res) => {
  res.render('index', { loggedIn: Boolean(req.session.userId) });
};
