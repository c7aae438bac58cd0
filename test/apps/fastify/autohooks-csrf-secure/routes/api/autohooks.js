export default async function csrfHooks(fastify) {
  fastify.addHook('preHandler', fastify.csrfProtection);
}
