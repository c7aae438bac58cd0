import * as assert from 'node:assert/strict';
import type { AuthHandlerFact } from '../../../../rules/dist/model/lifecycleFacts';
import { factsOf, single, textAt } from './support/facts';

const handlers = (code: string, fileName = '/project/src/schema/auth.ts'): AuthHandlerFact[] =>
  factsOf(code, { fileName, project: { dependencies: { graphql: '^16.10.0' } } }).filter((f): f is AuthHandlerFact => f.kind === 'auth-handler');

describe('JS lifecycle: GraphQL logins that issue a token and take no context', () => {
  it('reads a Nexus mutationField whose resolver takes no context: a login to rate-limit, no session to renew', () => {
    const code = `
import bcrypt from 'bcrypt';
import { mutationField, stringArg } from 'nexus';
import { createJWT } from './helpers';
export const LoginCredentialsUser = mutationField('loginCredentialsUser', {
  type: 'AuthenticatedUserResponse',
  args: { email: stringArg(), password: stringArg() },
  resolve: async (_, args) => {
    const user = await prisma.user.findUnique({ where: { email: args.email } });
    if (await bcrypt.compare(args.password, user.password)) return { jwt: createJWT({ id: user.id }) };
    return { jwt: null };
  },
});`;
    const fact = single(handlers(code));
    assert.equal(fact.role, 'login');
    assert.equal(fact.rateLimited, false);
    assert.equal(fact.renewal, undefined);
    assert.equal(textAt(code, fact.range), "'loginCredentialsUser'");
  });

  it('reads a NestJS @Mutation that hands its @Args input to a service: a password field of the input type (PickType) makes it a login', () => {
    const code = `
import { UseGuards } from '@nestjs/common';
import { Args, InputType, Mutation, PickType, Resolver } from '@nestjs/graphql';
class User { email: string; password: string; name: string; }
@InputType() class LoginInput extends PickType(User, ['email', 'password'], InputType) {}
@InputType() class ProfileInput extends PickType(User, ['name'], InputType) {}
@InputType() class GoogleInput { idToken: string; }
@Resolver()
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}
  @Mutation(() => LoginResponse)
  async login(@Args('loginInput') loginInput: LoginInput) { return this.authService.validateLogin(loginInput); }
  @Mutation(() => LoginResponse)
  async loginWithGoogle(@Args('input') input: GoogleInput) { return this.authService.google(input); }
  @Mutation(() => LoginResponse, { name: 'signIn' })
  async signInByProfile(@Args('input') input: ProfileInput) { return this.authService.byProfile(input); }
  @UseGuards(GqlThrottlerGuard)
  @Mutation('adminLogin')
  async admin(@Args('password') password: string) { return this.authService.admin(password); }
}`;
    const facts = handlers(code, '/project/src/auth/auth.resolver.ts');
    assert.deepEqual(facts.map((f) => `${textAt(code, f.range)} ${f.role} ${f.rateLimited}`), ['login login false', 'admin login true']);
  });

  it('reads a schema-first input type generated as an interface or a type alias', () => {
    const code = `
import { Args, Mutation, Resolver } from '@nestjs/graphql';
export interface LoginInput { email: string; password: string; }
export type TokenInput = { refreshToken: string };
@Resolver('Auth')
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}
  @Mutation('login')
  async login(@Args('loginInput') loginInput: LoginInput) { return this.authService.login(loginInput); }
  @Mutation('loginWithToken')
  async loginWithToken(@Args('input') input: TokenInput) { return this.authService.refresh(input); }
}`;
    const facts = handlers(code, '/project/src/auth/auth.resolver.ts');
    assert.deepEqual(facts.map((f) => `${textAt(code, f.range)} ${f.role}`), ['login login']);
  });

  it('reads Pothos mutationField and mutationFields, with the context one parameter later for prismaField', () => {
    const code = `
import bcrypt from 'bcryptjs';
import { builder } from '../builder';
builder.mutationField('login', (t) =>
  t.field({
    type: AuthPayload,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args) => {
      const user = await db.user.findUnique({ where: { email: args.email } });
      if (!user || !(await bcrypt.compare(args.password, user.hash))) throw new Error('invalid');
      return { token: sign(user.id) };
    },
  }),
);
builder.mutationFields((t) => ({
  signIn: t.prismaField({
    type: 'User',
    args: { input: t.arg({ type: LoginInput }) },
    resolve: async (_query, _root, { input }, { session }) => {
      const user = await db.user.findFirstOrThrow({ where: { email: input.email } });
      if (!(await bcrypt.compare(input.password, user.hash))) throw new Error('invalid');
      session.userId = user.id;
      return user;
    },
  }),
}));`;
    const facts = handlers(code);
    assert.deepEqual(facts.map((f) => `${textAt(code, f.range)} ${f.role} ${f.renewal}`), ["'login' login undefined", 'signIn login missing']);
    assert.equal(textAt(code, facts[1]!.identityWrite), 'session.userId = user.id');
  });

  it('reads a contextless login in a Mutation: map, but not a Vuex store whose mutations take (state, payload)', () => {
    const apollo = `
const bcrypt = require('bcryptjs');
module.exports = {
  Mutation: {
    login: async (_, { email, password }, { models: { User } }) => {
      const user = await User.findOne({ email });
      if (!user || !(await bcrypt.compare(password, user.password))) throw new Error('invalid');
      return { token: jwt.sign({ id: user.id }, process.env.SECRET, { expiresIn: '1h' }) };
    },
  },
};`;
    const fact = single(handlers(apollo, '/project/src/resolvers.js'));
    assert.equal(fact.role, 'login');
    assert.equal(fact.rateLimited, false);
    const vuex = `
export const mutations = {
  login(state, { user, password }) { state.user = user; state.remember = Boolean(password); },
};`;
    assert.deepEqual(handlers(vuex, '/project/src/store/auth.js'), []);
  });

  it('leaves sign-ups, resets and logins that take no password alone', () => {
    const code = `
import { mutationField } from 'nexus';
export const Signup = mutationField('signup', {
  resolve: async (_, { email, password }) => ({ token: sign((await create(email, await hash(password))).id) }),
});
export const ResetPassword = mutationField('resetPassword', {
  resolve: async (_, { token, password }) => ({ ok: await reset(token, password) }),
});
export const LoginWithToken = mutationField('loginWithMagicLink', {
  resolve: async (_, { token }) => ({ token: await exchange(token) }),
});`;
    assert.deepEqual(handlers(code).filter((f) => f.role === 'login'), []);
  });
});
