import * as assert from 'node:assert/strict';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import { applyAndParse, factsOf, single, textAt } from './support/facts';

const project = { dependencies: { 'express-session': '^1.18.1' } };
const handlers = (code: string, fileName = '/project/src/resolvers.js'): AuthHandlerFact[] =>
  factsOf(code, { fileName, project }).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');

describe('JS lifecycle: GraphQL mutations as login and logout handlers', () => {
  it('reads a resolver map whose context is taken apart ({ req }) and suggests an awaited regenerate', () => {
    const code = `
const bcrypt = require('bcryptjs');
module.exports = {
  Mutation: {
    async login(_parent, { email, password }, { req }) {
      const user = await users.byEmail(email);
      if (!user || !(await bcrypt.compare(password, user.hash))) return null;
      req.session.userId = user.id;
      return user;
    },
  },
};`;
    const fact = single(handlers(code));
    assert.equal(fact.role, 'login');
    assert.equal(fact.renewal, 'missing');
    assert.equal(textAt(code, fact.identityWrite), 'req.session.userId = user.id');
    assert.equal(textAt(code, fact.range), 'login');
    assert.deepEqual(fact.related?.[0]?.message, 'The GraphQL mutation login.');
    // A resolver has no `next`: the renewal is awaited, without TypeScript's type argument in a .js file.
    const fixed = applyAndParse(code, fact.renewEdits, '/project/src/resolvers.js');
    assert.match(fixed, /\n {6}await new Promise\(\(resolve, reject\) => req\.session\.regenerate\(\(err\) => \(err \? reject\(err\) : resolve\(\)\)\)\);\n {6}req\.session\.userId/);
  });

  it('reads one resolver per module of a mutations/ folder, named by its file: a function and a graphql-js field config', () => {
    const asFunction = `
const bcrypt = require('bcryptjs');
module.exports = async (_, { email, password }, { session }) => {
  const user = await users.byEmail(email);
  if (!user || !(await bcrypt.compare(password, user.hash))) throw new Error('invalid');
  session.userId = user.id;
  return user;
};`;
    const fn = single(handlers(asFunction, '/project/src/resolvers/mutations/signin.js'));
    assert.equal(fn.role, 'login');
    assert.equal(fn.renewal, 'missing');
    assert.equal(textAt(asFunction, fn.identityWrite), 'session.userId = user.id');
    assert.deepEqual(fn.related?.[0]?.message, 'The GraphQL mutation signin.');
    // The root value carries the request (apollo-server-express 1's rootValue: { session: req.session, request }).
    const fieldConfig = `
export default {
  type: UserType,
  args: { email: { type: GraphQLString }, password: { type: GraphQLString } },
  resolve: async (req, args) => {
    const { session } = req;
    const user = await User.findOne({ where: { email: args.email, password: hash(args.password) } });
    session.userId = user.id;
    return user;
  },
};`;
    const field = single(handlers(fieldConfig, '/project/src/graphql/mutations/signInWithEmail.js'));
    assert.equal(field.role, 'login');
    assert.equal(textAt(fieldConfig, field.range), 'resolve');
    // The same module outside a mutations folder is any default export: not read.
    assert.deepEqual(handlers(asFunction, '/project/src/helpers/signin.js'), []);
  });

  it('follows a context by name: ctx.req.session and a session put in the context (ctx.session)', () => {
    const viaRequest = `
export const Mutation = {
  signIn: async (_: unknown, args: { email: string; password: string }, ctx: Context) => {
    const account = await accounts.check(args.email, args.password);
    ctx.req.session.accountId = account.id;
    return account;
  },
};`;
    assert.equal(textAt(viaRequest, single(handlers(viaRequest, '/project/src/resolvers.ts')).identityWrite), 'ctx.req.session.accountId = account.id');
    const viaSession = `
export const authMutations = {
  login: async (_, { token }, context) => {
    const user = await verifyMagicToken(token);
    context.session.user = user.id;
    return true;
  },
  logout: (_, __, context) => {
    delete context.session.user;
    return true;
  },
};`;
    const [login, logout] = handlers(viaSession);
    assert.equal(login?.renewal, 'missing');
    assert.equal(logout?.role, 'logout');
    assert.equal(logout?.destruction, 'partial');
  });

  it('counts a regenerate before the write, and a destroy in a logout mutation', () => {
    const code = `
const Mutation = {
  async login(_, { email, password }, { req }) {
    const user = await users.verifyPassword(email, password);
    await new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    return user;
  },
  logout(_, __, { req, res }) {
    return new Promise((resolve) => req.session.destroy((err) => { res.clearCookie('sid'); resolve(!err); }));
  },
};
module.exports = { Mutation };`;
    const facts = handlers(code);
    assert.equal(facts.find((f) => f.role === 'login')?.renewal, 'renewed');
    assert.equal(facts.find((f) => f.role === 'logout')?.destruction, 'destroyed');
  });

  it('reads type-graphql and NestJS resolver classes through @Ctx() and @Context(\'req\')', () => {
    const typeGraphql = `
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
@Resolver()
export class UserResolver {
  @Mutation(() => Boolean)
  async login(@Arg('name') name: string, @Arg('password') password: string, @Ctx() ctx: MyContext) {
    const user = await this.users.verifyPassword(name, password);
    ctx.req.session.userId = user.id;
    return true;
  }
}`;
    assert.equal(single(handlers(typeGraphql, '/project/src/user.resolver.ts')).renewal, 'missing');
    const nest = `
import { Context, Mutation, Resolver } from '@nestjs/graphql';
@Resolver()
export class AuthResolver {
  @Mutation(() => Boolean)
  logout(@Context('req') req: Request) {
    req.session.userId = null;
    return true;
  }
}`;
    const logout = single(handlers(nest, '/project/src/auth.resolver.ts'));
    assert.equal(logout.framework, 'nest');
    assert.equal(logout.destruction, 'partial');
  });

  it('reads Nexus mutationField and field definers inside extendType({ type: "Mutation" }), not those of other types', () => {
    const code = `
import { extendType, mutationField, objectType } from 'nexus';
export const login = mutationField('login', {
  type: 'User',
  resolve: async (_root, args, ctx) => {
    const user = await ctx.users.verifyPassword(args.email, args.password);
    ctx.req.session.userId = user.id;
    return user;
  },
});
export const Account = objectType({
  name: 'Account',
  definition(t) {
    t.boolean('logout', { resolve: (_root, _args, { req }) => { delete req.session.userId; return true; } });
  },
});
export const SessionMutations = extendType({
  type: 'Mutation',
  definition(t) {
    t.nonNull.boolean('logout', { resolve: (_root, _args, { req }) => { delete req.session.userId; return true; } });
  },
});`;
    const facts = handlers(code, '/project/src/schema/auth.ts');
    assert.deepEqual(facts.map((f) => `${f.role} ${textAt(code, f.range)}`), ["login 'login'", "logout 'logout'"]);
    assert.equal(facts[1]!.range.start, code.indexOf("'logout'", code.indexOf('extendType(')));
  });

  // ok: the look-alikes below hold no session login or logout.
  it('reads the request one object down a nested context ({ request: { req, res } }), not inside other objects', () => {
    const nested = `
const bcrypt = require('bcrypt');
module.exports = {
  Mutation: {
    Login: async (_, { input }, { request: { req, res } }) => {
      const user = await User.findOne({ email: input.email });
      if (!user || !(await bcrypt.compare(input.password, user.password))) throw new Error('invalid');
      req.session.userId = user._id;
      return user;
    },
  },
};`;
    const fact = single(handlers(nested));
    assert.equal(fact.role, 'login');
    assert.equal(fact.renewal, 'missing');
    assert.equal(textAt(nested, fact.identityWrite), 'req.session.userId = user._id');
    // `models: { User }` holds no request: the resolver cannot reach the session, so there is no session
    // login to renew; it still checks a password, so it is a login to rate-limit (tokenLoginMutations.test.ts).
    const models = `
module.exports = {
  Mutation: {
    login: async (_, { email, password }, { models: { User } }) => {
      const user = await User.checkPassword(email, password);
      return user;
    },
  },
};`;
    const contextless = single(handlers(models));
    assert.equal(contextless.renewal, undefined);
    assert.equal(contextless.rateLimited, false);
  });

  it('leaves Vuex mutations, urql cache updaters, queries and imported resolvers alone', () => {
    const vuex = `
export const mutations = {
  login(state, user) { state.user = user; },
  logout(state) { state.user = null; },
};`;
    const urql = `
export const cacheExchangeOptions = {
  updates: {
    Mutation: {
      logout: (_result, _args, cache) => { cache.invalidate('Query', 'me'); },
      login: (result, _args, cache) => { cache.updateQuery({ query: MeQuery }, () => ({ me: result.login.user })); },
    },
  },
};`;
    const query = `
module.exports = {
  Query: {
    login: async (_, { email, password }, { req }) => {
      const user = await users.verifyPassword(email, password);
      req.session.userId = user.id;
      return user;
    },
  },
};`;
    const imported = `
import { login } from './auth/login';
export const resolvers = { Mutation: { login } };`;
    for (const code of [vuex, urql, query, imported]) assert.deepEqual(handlers(code), [], code);
  });
});
