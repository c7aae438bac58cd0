import argon2 from 'argon2';
import { users } from '../lib/store.js';

export default (app) => {
  app.route({
    method: 'POST',
    url: '/session',
    handler: async (request, reply) => {
      const user = users.get(request.body.email);
      if (!user || !(await argon2.verify(user.hash, request.body.password))) {
        return reply.code(422).send({ error: 'Wrong e-mail or password' });
      }
      request.session.set('userId', user.id);
      return reply.redirect('/tasks');
    },
  });

  app.delete('/session', async (request, reply) => {
    request.session.delete();
    return reply.redirect('/');
  });
};
