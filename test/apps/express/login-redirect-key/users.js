const { Pool } = require('pg');

const pool = new Pool();

async function byEmail(email) {
  return (await pool.query('SELECT id, password_hash AS "passwordHash" FROM users WHERE email = $1', [email])).rows[0];
}

async function byId(id) {
  return (await pool.query('SELECT id, email FROM users WHERE id = $1', [id])).rows[0];
}

module.exports = { byEmail, byId };
