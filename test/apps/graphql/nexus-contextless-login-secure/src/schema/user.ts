import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcrypt';
import { mutationField, nonNull, objectType, stringArg } from 'nexus';
import { createJWT } from './helpers/jwt';

const prisma = new PrismaClient();

export const AuthenticatedUserResponse = objectType({
  name: 'AuthenticatedUserResponse',
  definition(t) {
    t.nullable.string('jwt');
  },
});

// The resolver takes no context: it reaches no session, but hands out a token for a guessed password.
// ok: login-rate-limit
export const LoginCredentialsUser = mutationField('loginCredentialsUser', {
  type: 'AuthenticatedUserResponse',
  args: { email: nonNull(stringArg()), password: nonNull(stringArg()) },
  resolve: async (_, args) => {
    const { email, password } = args;
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
    if (user && (await bcrypt.compare(password, user.passwordHash))) return { jwt: createJWT({ id: user.id, email: user.email }) };
    return { jwt: null };
  },
});

// ok: login-rate-limit
export const CreateUser = mutationField('createUser', {
  type: 'AuthenticatedUserResponse',
  args: { email: nonNull(stringArg()), password: nonNull(stringArg()) },
  resolve: async (_, { email, password }) => {
    const user = await prisma.user.create({ data: { email, passwordHash: await bcrypt.hash(password, 10) } });
    return { jwt: createJWT({ id: user.id, email: user.email }) };
  },
});
