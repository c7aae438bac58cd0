export default {
  Query: {
    currentUser: (parent, args, context) => context.getUser(),
  },
  Mutation: {
    // expect: login-rate-limit
    login: async (parent, { email, password }, context) => {
      const { user } = await context.authenticate('graphql-local', { email, password });
      // expect: session-regenerate-on-login
      await context.login(user);
      return { user };
    },
    logout: async (parent, args, context) => {
      // expect: session-destroy-on-logout
      await context.logout();
      return true;
    },
  },
};
