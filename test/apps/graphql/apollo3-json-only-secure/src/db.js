const { Pool } = require('pg');

const pool = new Pool();

module.exports = {
  users: {
    byEmail: async (email) => (await pool.query('SELECT id, hash FROM users WHERE email = $1', [email])).rows[0],
  },
  tasks: {
    forUser: async (userId) => (await pool.query('SELECT id, title, done FROM tasks WHERE owner = $1', [userId])).rows,
    add: async (userId, title) => (await pool.query('INSERT INTO tasks (owner, title) VALUES ($1, $2) RETURNING id, title, done', [userId, title])).rows[0],
    remove: async (userId, id) => (await pool.query('DELETE FROM tasks WHERE owner = $1 AND id = $2', [userId, id])).rowCount > 0,
  },
};
