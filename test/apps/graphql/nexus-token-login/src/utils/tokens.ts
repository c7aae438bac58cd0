import jwt from 'jsonwebtoken';
import type { Context } from '../context';

const TOKEN_SECRET = process.env.TOKEN_SECRET!;

/** Signs a short-lived access token for the user and sets it as an HttpOnly cookie. */
export function setTokenCookie(user: { id: number }, ctx: Context): string {
  const token = jwt.sign({ id: user.id }, TOKEN_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
  ctx.res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 15 * 60 * 1000 });
  return token;
}
