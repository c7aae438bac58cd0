import { compare } from 'bcryptjs';
import { mutationField, nonNull, objectType, stringArg } from 'nexus';

export const User = objectType({
  name: 'User',
  definition(t) {
    t.nonNull.id('id');
    t.nonNull.string('email');
  },
});

export const login = mutationField('login', {
  type: 'User',
  args: { email: nonNull(stringArg()), password: nonNull(stringArg()) },
  resolve: async (_root, { email, password }, ctx) => {
    const user = await ctx.prisma.user.findUnique({ where: { email } });
    if (!user || !(await compare(password, user.password))) throw new Error('Invalid credentials');
    // expect: session-regenerate-on-login
    ctx.req.session.userId = user.id;
    return user;
  },
});
