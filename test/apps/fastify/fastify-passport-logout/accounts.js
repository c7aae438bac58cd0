import { createClient } from 'redis';
import bcrypt from 'bcrypt';

export const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const accounts = new Map();

export async function findUser(id) {
  return accounts.get(id) ?? null;
}

export async function checkPassword(username, password, done) {
  const account = [...accounts.values()].find((a) => a.username === username);
  if (!account || !(await bcrypt.compare(password, account.passwordHash))) return done(null, false);
  return done(null, account);
}
