const { pool } = require('./db');

// The root value's resolvers get the request as their context (createHandler's context option).
module.exports = {
  me: (_args, req) => req.session.userId ?? null,
  deleteAccount: async (_args, req) => {
    if (!req.session.userId) return false;
    await pool.query('DELETE FROM users WHERE id = $1', [req.session.userId]);
    return true;
  },
};
