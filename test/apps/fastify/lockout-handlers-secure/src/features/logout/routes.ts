import type { FastifyPluginAsync } from 'fastify';

const logoutRoute: FastifyPluginAsync = (instance) => {
  instance.route({
    method: 'POST',
    url: '/logout',
    handler: async (req, res) => {
      await req.session.destroy();
      return res.send({ ok: true });
    },
  });
  return Promise.resolve();
};

export default logoutRoute;
