module.exports = {
  Mutation: {
    // ok: session-destroy-on-logout
    logout: (parent, args, context) => context.logout(),
  },
};
