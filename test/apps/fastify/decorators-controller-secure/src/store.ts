import type { SessionStore } from '@fastify/session';
import { createClient } from 'redis';

const client = createClient({ url: process.env.REDIS_URL });

/** @fastify/session's store interface over Redis. */
export class RedisStore implements SessionStore {
  set(sid: string, session: object, callback: (err?: unknown) => void): void {
    client.set(`sess:${sid}`, JSON.stringify(session), { EX: 1800 }).then(() => callback(), callback);
  }

  get(sid: string, callback: (err: unknown, session?: object | null) => void): void {
    client.get(`sess:${sid}`).then((data) => callback(null, data ? JSON.parse(data) : null), callback);
  }

  destroy(sid: string, callback: (err?: unknown) => void): void {
    client.del(`sess:${sid}`).then(() => callback(), callback);
  }
}
