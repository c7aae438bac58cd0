import { userFromGoogle } from '../../lib/users.js';

export default async function authRoutes(fastify) {
  // GET /auth/google/callback: the provider sends the user back here with a one-time code.
  fastify.get('/google/callback', {
    schema: { tags: ['auth'] },
    async handler(request, reply) {
      const { token } = await fastify.googleOAuth2.getAccessTokenFromAuthorizationCodeFlow(request);
      const response = await fetch('https://www.googleapis.com/oauth2/v2/userinfo', { headers: { authorization: `Bearer ${token.access_token}` } });
      const user = await userFromGoogle(await response.json());
      // A fresh session id for the signed-in user.
      await request.session.regenerate();
      // ok: session-regenerate-on-login
      request.session.user = user;
      return reply.redirect('/');
    },
  });

  // DELETE /auth/session: the client's sign-out.
  fastify.delete('/session', async (request, reply) => {
    // ok: session-destroy-on-logout
    await request.session.destroy();
    return reply.code(204).send();
  });
}
