import jwt from 'jsonwebtoken';

export function createJWT(payload: { id: string; email: string }): string {
  return jwt.sign(payload, process.env.JWT_SECRET as string, { expiresIn: '2h', algorithm: 'HS256' });
}
