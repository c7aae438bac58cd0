const SessionHandler = require('./session');

module.exports = function (app, db) {
  const sessionHandler = new SessionHandler(db);

  app.get('/login', sessionHandler.displayLoginPage);
  // expect: login-rate-limit
  app.post('/login', sessionHandler.handleLoginRequest);
  app.get('/logout', sessionHandler.displayLogoutPage);
};
