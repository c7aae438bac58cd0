const { Pool } = require('pg');

const pool = new Pool();

module.exports = {
  tasks: {
    forUser: async (userId) => (await pool.query('SELECT id, title, done FROM tasks WHERE owner = $1', [userId])).rows,
    one: async (userId, id) => (await pool.query('SELECT id, title, done FROM tasks WHERE owner = $1 AND id = $2', [userId, id])).rows[0],
  },
};
