import argon2 from 'argon2';
import bcrypt from 'bcryptjs';
import { builder, prisma } from '../builder';
import { issueToken } from '../tokens';

const AuthPayload = builder.objectRef<{ token: string }>('AuthPayload').implement({
  fields: (t) => ({ token: t.exposeString('token') }),
});

// expect: login-rate-limit
builder.mutationField('login', (t) =>
  t.field({
    type: AuthPayload,
    args: {
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_root, args) => {
      const user = await prisma.user.findUnique({ where: { email: args.email } });
      if (!user || !(await bcrypt.compare(args.password, user.passwordHash))) throw new Error('Invalid email or password');
      return { token: issueToken(user.id) };
    },
  }),
);

builder.mutationFields((t) => ({
  // A sign-up hashes a new password: nothing to guess.
  // ok: login-rate-limit
  signup: t.field({
    type: AuthPayload,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args) => {
      const user = await prisma.user.create({ data: { email: args.email, passwordHash: await bcrypt.hash(args.password, 12) } });
      return { token: issueToken(user.id) };
    },
  }),
  // expect: login-rate-limit
  adminLogin: t.prismaField({
    type: 'User',
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (query, _root, args) => {
      const admin = await prisma.user.findFirst({ ...query, where: { email: args.email, role: 'ADMIN' } });
      if (!admin || !(await argon2.verify(admin.passwordHash, args.password))) throw new Error('Invalid email or password');
      return admin;
    },
  }),
}));
