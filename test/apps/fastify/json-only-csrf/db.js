import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function findUser(email) {
  const { rows } = await pool.query('select id, password_hash from users where email = $1', [email]);
  return rows[0];
}

export async function deleteUser(id) {
  await pool.query('delete from users where id = $1', [id]);
}

export async function renameUser(id, name) {
  await pool.query('update users set name = $2 where id = $1', [id, name]);
}
