export default {
  Query: {
    currentUser: (parent, args, context) => context.getUser(),
  },
  Mutation: {
    // ok: login-rate-limit
    login: async (parent, { email, password }, context) => {
      const { user } = await context.authenticate('graphql-local', { email, password });
      // graphql-passport's login is req.login: passport 0.6 and later give the session a new id.
      // ok: session-regenerate-on-login
      await context.login(user);
      return { user };
    },
    logout: async (parent, args, context) => {
      // graphql-passport 0.6.5+ passes a callback; passport 0.6+ then regenerates the session.
      // ok: session-destroy-on-logout
      await context.logout();
      return true;
    },
  },
};
