const db = require('../lib/db');

exports.findByEmail = (email) => db.oneOrNone('SELECT id, email, password_hash FROM users WHERE email = $1', [email]);
