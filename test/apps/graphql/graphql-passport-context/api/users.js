import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export const Users = {
  byEmail: async (email) => (await pool.query('SELECT id, email, password_hash AS "passwordHash" FROM users WHERE email = $1', [email])).rows[0],
  byId: async (id) => (await pool.query('SELECT id, email FROM users WHERE id = $1', [id])).rows[0],
};
