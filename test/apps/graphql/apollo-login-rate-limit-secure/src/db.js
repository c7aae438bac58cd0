const { Pool } = require('pg');

const pool = new Pool();

module.exports = {
  users: {
    findById: async (id) => (await pool.query('SELECT id, email FROM users WHERE id = $1', [id])).rows[0],
    findByEmail: async (email) => (await pool.query('SELECT * FROM users WHERE email = $1', [email])).rows[0],
  },
};
