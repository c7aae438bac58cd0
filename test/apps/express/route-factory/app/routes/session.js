const bcrypt = require('bcryptjs');

function SessionHandler(db) {
  const users = db.collection('users');

  this.displayLoginPage = (req, res) => res.render('login', { error: '' });

  this.handleLoginRequest = async (req, res) => {
    const user = await users.findOne({ userName: req.body.userName });
    if (!user || !(await bcrypt.compare(req.body.password, user.password))) return res.render('login', { error: 'Invalid login' });
    req.session.userId = user._id.toString();
    return res.redirect('/dashboard');
  };

  this.displayLogoutPage = (req, res) => {
    req.session = null;
    res.redirect('/');
  };
}

module.exports = SessionHandler;
