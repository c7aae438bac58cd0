// The schema's resolvers, gathered from one module per feature.
module.exports = {
  Query: { ...require('./todos/queries') },
  Mutation: {
    ...require('./auth/resolvers'),
    ...require('./todos/mutations'),
  },
};
