import * as bcrypt from 'bcryptjs';
import { findUserByEmail, renameUser } from '../users';

export const resolvers = {
  Query: {
    me: (_: unknown, __: unknown, { session }: { session: { userId?: string } }) => session.userId ?? null,
  },
  Mutation: {
    // The state change a cross-site form would make.
    rename: async (_: unknown, { name }: { name: string }, { session }: { session: { userId?: string } }) => renameUser(session.userId!, name),
  },
};

export async function checkPassword(email: string, password: string): Promise<boolean> {
  const user = await findUserByEmail(email);
  return user !== undefined && bcrypt.compare(password, user.passwordHash);
}
