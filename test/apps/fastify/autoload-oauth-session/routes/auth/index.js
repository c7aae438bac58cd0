import { userFromGoogle } from '../../lib/users.js';

export default async function authRoutes(fastify) {
  // GET /auth/google/callback: the provider sends the user back here with a one-time code.
  fastify.get('/google/callback', {
    schema: { tags: ['auth'] },
    async handler(request, reply) {
      const { token } = await fastify.googleOAuth2.getAccessTokenFromAuthorizationCodeFlow(request);
      const response = await fetch('https://www.googleapis.com/oauth2/v2/userinfo', { headers: { authorization: `Bearer ${token.access_token}` } });
      const user = await userFromGoogle(await response.json());
      // The id the visitor arrived with now carries the signed-in user.
      // expect: session-regenerate-on-login
      request.session.user = user;
      return reply.redirect('/');
    },
  });

  // DELETE /auth/session: the client's sign-out.
  fastify.delete('/session', async (request, reply) => {
    // expect: session-destroy-on-logout
    request.session.user = null;
    return reply.code(204).send();
  });
}
