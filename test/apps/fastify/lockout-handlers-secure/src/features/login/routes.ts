import type { FastifyPluginAsync } from 'fastify';
import { login } from './handlers';

const loginRoute: FastifyPluginAsync = (instance) => {
  instance.route({
    method: 'POST',
    url: '/login',
    handler: login,
  });
  return Promise.resolve();
};

export default loginRoute;
