const allowed = new Set([process.env.PUBLIC_ORIGIN]);

/** Rejects state-changing requests whose Origin is not this site's. */
exports.sameOrigin = function sameOrigin(req, res, next) {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const origin = req.headers.origin;
  if (!origin || !allowed.has(origin)) return res.status(403).send('Cross-site request refused');
  next();
};
