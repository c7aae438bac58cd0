import { compare } from 'bcryptjs';
import { extendType, mutationField, nonNull, objectType, stringArg } from 'nexus';

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
    await new Promise<void>((resolve, reject) => ctx.req.session.regenerate((err) => (err ? reject(err) : resolve())));
    ctx.req.session.userId = user.id;
    return user;
  },
});

export const SessionMutations = extendType({
  type: 'Mutation',
  definition(t) {
    t.nonNull.boolean('logout', {
      resolve(_root, _args, { req, res }) {
        // expect: session-destroy-on-logout
        delete req.session.userId;
        res.clearCookie('nx.sid');
        return true;
      },
    });
  },
});
