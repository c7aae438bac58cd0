import { redis } from './redis';

export interface User { id: string; email: string; passwordHash: string; name: string }

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const raw = await redis.get(`user:${email.toLowerCase()}`);
  return raw ? (JSON.parse(raw) as User) : undefined;
}

export async function renameUser(id: string, name: string): Promise<boolean> {
  return (await redis.hset(`profile:${id}`, 'name', name)) >= 0;
}
