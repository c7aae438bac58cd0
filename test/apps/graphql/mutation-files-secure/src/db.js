const { Pool } = require('pg');

const pool = new Pool();

module.exports = {
  findUserById: async (id) => (await pool.query('SELECT id, email FROM users WHERE id = $1', [id])).rows[0],
  findUserByEmail: async (email) => (await pool.query('SELECT * FROM users WHERE email = $1', [email.toLowerCase()])).rows[0],
};
