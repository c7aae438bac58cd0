const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = {
  users: {
    byEmail: async (email) => (await pool.query('SELECT id, email, password_hash FROM users WHERE email = $1', [email])).rows[0],
  },
  todos: {
    forUser: async (userId) => (await pool.query('SELECT id, title, done FROM todos WHERE user_id = $1', [userId])).rows,
    add: async (userId, title) => (await pool.query('INSERT INTO todos (user_id, title) VALUES ($1, $2) RETURNING id, title, done', [userId, title])).rows[0],
  },
};
