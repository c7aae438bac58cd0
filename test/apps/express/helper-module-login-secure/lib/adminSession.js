/**
 * Marks the session as an admin's: the keys the admin pages check. The session id is renewed first,
 * so an id planted before the sign-in is worthless after it.
 */
function startAdminSession(req, admin, done) {
  req.session.regenerate((err) => {
    if (err) return done(err);
    req.session.admin_logged_in = true;
    req.session.admin_email = admin.email;
    done();
  });
}

/** Ends the whole session on the server, not just its admin keys. */
function endAdminSession(req, done) {
  req.session.destroy(done);
}

/** A helper named like a login that only shows the form: it logs nobody in. */
function signIn(req, res) {
  res.render('admin/sign-in', { csrfToken: req.csrfToken(), next: req.query.next });
}

module.exports = { startAdminSession, endAdminSession, signIn };
