module.exports = {
  Query: {
    me: (_, __, { req }) => req.user ?? null,
  },
  Mutation: {
    ...require('./auth'),
  },
};
