import type { Request } from 'express';

/** Stores the signed-in user in the session and waits for the store to have it. */
export function saveSession(req: Request, userId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.userId = userId;
    req.session.save((err) => (err ? reject(err) : resolve()));
  });
}
