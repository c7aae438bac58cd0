import fp from 'fastify-plugin';
import fastifyPassport from '@fastify/passport';
import { Strategy as LocalStrategy } from 'passport-local';
import bcrypt from 'bcrypt';
import { users } from './users.js';

export default fp(async (fastify) => {
  await fastify.register(fastifyPassport.initialize());
  await fastify.register(fastifyPassport.secureSession());

  fastifyPassport.use(
    'local',
    new LocalStrategy(async (username, password, done) => {
      const user = await users.byName(username);
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) return done(null, false);
      return done(null, user);
    }),
  );
  fastifyPassport.registerUserSerializer(async (user) => user.id);
  fastifyPassport.registerUserDeserializer(async (id) => users.byId(id));
});
