const { buildSchema } = require('graphql');

module.exports = buildSchema(`
  type Query { me: ID }
  type Mutation { deleteAccount: Boolean! }
`);
