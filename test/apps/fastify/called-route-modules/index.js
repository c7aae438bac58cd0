import fastify from 'fastify';
import fastifyFormbody from 'fastify-formbody';
import fastifyMethodOverride from 'fastify-method-override';
import fastifySecureSession from 'fastify-secure-session';
import routes from './routes/index.js';

const registerPlugins = async (app) => {
  app
    .register(fastifyFormbody)
    .register(fastifyMethodOverride)
    // expect: csrf
    .register(fastifySecureSession, {
      key: Buffer.from(process.env.COOKIE_KEY, 'hex'),
      cookie: { path: '/', httpOnly: true, secure: true },
    });

  // Route modules are functions of the instance, called rather than registered.
  routes(app);
};

export default async () => {
  const app = fastify({ logger: true });
  await registerPlugins(app);
  return app;
};
