import argon2 from 'argon2';

/** The account whose password matches, or null. */
export async function checkAccount(pg, email, password) {
  const row = (await pg.query('SELECT id, hash FROM accounts WHERE email = $1', [email])).rows[0];
  return row && (await argon2.verify(row.hash, password)) ? { id: row.id } : null;
}
