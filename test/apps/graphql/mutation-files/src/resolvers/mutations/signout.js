module.exports = (_, __, { req }) =>
  new Promise((resolve) => {
    // ok: session-destroy-on-logout
    req.session.destroy((err) => resolve(!err));
  });
