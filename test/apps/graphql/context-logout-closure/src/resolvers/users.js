module.exports = {
  Mutation: {
    // expect: session-destroy-on-logout
    logout: (parent, args, context) => context.logout(),
  },
};
