import { randomBytes } from 'node:crypto';

export interface User {
  id: string;
  name: string;
  email: string;
  passwordHash: string;
}

// A stand-in for the user table.
const users: User[] = [
  { id: '1', name: 'Ada', email: 'ada@example.com', passwordHash: '$2b$12$2Zl3t2bS0hF6w0a4d5mGz.8nq1kq3cZlY2Yx3u2k0m3pY2vM1p2aO' },
];

export function findUserByEmail(email: string): User | undefined {
  return users.find((user) => user.email === email);
}

export function issueRememberToken(user: User): string {
  return `${user.id}.${randomBytes(32).toString('base64url')}`;
}
