import crypto from 'node:crypto';
import type { Pool } from 'pg';

const hashPassword = (password: string, salt: string): string => crypto.scryptSync(password, salt, 64).toString('hex');

/** Checks the password and opens a row in user_session_keys; the key the cookie carries. */
export const loginUser = async (pool: Pool, email: string, password: string): Promise<string> => {
  const { rows } = await pool.query('SELECT id, password_hash, salt FROM users WHERE email = $1', [email]);
  const user = rows[0];
  if (!user || user.password_hash !== hashPassword(password, user.salt)) throw new Error('Login failed');
  const key = crypto.randomBytes(32).toString('hex');
  await pool.query('INSERT INTO user_session_keys (key, user_id) VALUES ($1, $2)', [key, user.id]);
  return key;
};

/** Ends a session key on the server. */
export const logoutUser = async (pool: Pool, key: string): Promise<boolean> => {
  const { rowCount } = await pool.query('DELETE FROM user_session_keys WHERE key = $1', [key]);
  return rowCount === 1;
};
