import type { FastifyPluginAsync } from 'fastify';
import loginRoute from '../features/login/routes';
import logoutRoute from '../features/logout/routes';

export const apiRoutes: FastifyPluginAsync = async (instance) => {
  await instance.register(loginRoute);
  await instance.register(logoutRoute);
};
