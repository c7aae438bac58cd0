import type { FastifyReply, FastifyRequest } from 'fastify';
import { Controller, GET, POST } from 'fastify-decorators';
import { hash, verify } from 'argon2';
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

  // ok: login-rate-limit
  @POST({ url: 'login', options: { schema: { body: credentialsSchema }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } } })
  async login(request: FastifyRequest<{ Body: Credentials }>, reply: FastifyReply) {
    const { username, password } = request.body;
    const user = await Users.byName(username);
    if (!user || !(await verify(user.passwordHash, password))) {
      return reply.code(401).send({ message: 'Wrong username or password.' });
    }
    await request.session.regenerate();
    // ok: session-regenerate-on-login
    request.session.set('userId', user.id);
    return { id: user.id, username: user.username };
  }

  // A sign-up under /auth checks no credential: not a login.
  @POST({ url: 'register', options: { schema: { body: credentialsSchema } } })
  async register(request: FastifyRequest<{ Body: Credentials }>, reply: FastifyReply) {
    const user = await Users.create(request.body.username, await hash(request.body.password));
    // ok: session-regenerate-on-login
    request.session.set('userId', user.id);
    return reply.code(201).send({ id: user.id });
  }

  @POST({ url: 'logout' })
  async logout(request: FastifyRequest, reply: FastifyReply) {
    // ok: session-destroy-on-logout
    await request.session.destroy();
    return reply.code(204).send();
  }
}
