import type { Request, Response } from 'express';
import argon2 from 'argon2';
import { AuthenticationError } from 'apollo-server-express';
import { Account } from '../models/Account';

interface Context {
  req: Request;
  res: Response;
}

export const resolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, ctx: Context) => (ctx.req.session.accountId ? Account.findById(ctx.req.session.accountId) : null),
  },
  Mutation: {
    signIn: async (_: unknown, { email, password }: { email: string; password: string }, ctx: Context) => {
      const account = await Account.findOne({ email });
      if (!account || !(await argon2.verify(account.passwordHash, password))) throw new AuthenticationError('Wrong email or password');
      await new Promise<void>((resolve, reject) => ctx.req.session.regenerate((err) => (err ? reject(err) : resolve())));
      ctx.req.session.accountId = account.id;
      return account;
    },
    signOut: (_: unknown, __: unknown, ctx: Context) => {
      // expect: session-destroy-on-logout
      delete ctx.req.session.accountId;
      ctx.res.clearCookie('sid');
      return true;
    },
  },
};
