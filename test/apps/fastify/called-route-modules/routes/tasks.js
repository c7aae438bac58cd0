import { tasks } from '../lib/store.js';

export default (app) => {
  app.get('/tasks', async () => [...tasks.values()]);

  app.route({
    method: 'POST',
    url: '/tasks',
    handler: async (request, reply) => {
      const { name } = request.body;
      tasks.set(String(tasks.size + 1), { name, owner: request.session.get('userId') });
      return reply.redirect('/tasks');
    },
  });

  app.delete('/tasks/:id', async (request, reply) => {
    tasks.delete(request.params.id);
    return reply.redirect('/tasks');
  });
};
