import type { Request } from 'express';
import type { User } from '../models/user';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

/** Puts the user into the session: the login route's handler calls it after the password check. */
export const login = (req: Request, user: User) => {
  // ok: session-regenerate-on-login
  req.session.userId = user.id;
};
