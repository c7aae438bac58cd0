const SAFE_PATH = /^\/[\w\-/]*$/;

/** Keeps where the user was going, to send them back there after the login. */
function setRedirectInSession(req, value) {
  const target = value ?? req.originalUrl;
  if (req.session && SAFE_PATH.test(target)) {
    req.session.postLoginRedirect = target;
  }
}

/** The path kept by setRedirectInSession, once. */
function takeRedirectFromSession(req) {
  const target = req.session.postLoginRedirect || '/';
  delete req.session.postLoginRedirect;
  return target;
}

module.exports = { setRedirectInSession, takeRedirectFromSession };
