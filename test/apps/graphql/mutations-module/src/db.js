import pg from 'pg';

const pool = new pg.Pool();

export const authors = {
  byEmail: async (email) => (await pool.query('SELECT id, name, password_hash AS "passwordHash" FROM authors WHERE email = $1', [email])).rows[0],
};

export const posts = {
  all: async () => (await pool.query('SELECT id, title FROM posts ORDER BY id DESC')).rows,
  create: async (authorId, title) => (await pool.query('INSERT INTO posts (author_id, title) VALUES ($1, $2) RETURNING id, title', [authorId, title])).rows[0],
};
