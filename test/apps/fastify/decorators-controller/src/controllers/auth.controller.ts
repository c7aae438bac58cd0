import type { FastifyReply, FastifyRequest } from 'fastify';
import { Controller, GET, POST } from 'fastify-decorators';
import { verify } from 'argon2';
import { Users } from '../users';

interface Credentials {
  username: string;
  password: string;
}

const credentialsSchema = {
  type: 'object',
  properties: { username: { type: 'string' }, password: { type: 'string' } },
  required: ['username', 'password'],
};

@Controller({ route: '/api/auth/' })
export default class AuthController {
  @GET({ url: 'me' })
  async me(request: FastifyRequest, reply: FastifyReply) {
    const userId = request.session.get('userId');
    if (!userId) return reply.code(401).send({ message: 'Not logged in.' });
    return Users.byId(userId);
  }

  // expect: login-rate-limit
  @POST({ url: 'login', options: { schema: { body: credentialsSchema } } })
  async login(request: FastifyRequest<{ Body: Credentials }>, reply: FastifyReply) {
    const { username, password } = request.body;
    const user = await Users.byName(username);
    if (!user || !(await verify(user.passwordHash, password))) {
      return reply.code(401).send({ message: 'Wrong username or password.' });
    }
    // expect: session-regenerate-on-login
    request.session.set('userId', user.id);
    return { id: user.id, username: user.username };
  }

  @POST({ url: 'logout' })
  async logout(request: FastifyRequest, reply: FastifyReply) {
    // expect: session-destroy-on-logout
    request.session.set('userId', undefined);
    return reply.code(204).send();
  }
}
