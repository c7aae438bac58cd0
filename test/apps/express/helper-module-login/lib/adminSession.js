/**
 * Marks the session as an admin's: the keys the admin pages check. Named after what the pages need,
 * not after "user", so nothing in the name says it is the identity.
 */
function startAdminSession(req, admin) {
  req.session.admin_logged_in = true;
  req.session.admin_email = admin.email;
}

/** Ends the admin part of the session. */
function endAdminSession(req) {
  delete req.session.admin_logged_in;
  delete req.session.admin_email;
}

module.exports = { startAdminSession, endAdminSession };
