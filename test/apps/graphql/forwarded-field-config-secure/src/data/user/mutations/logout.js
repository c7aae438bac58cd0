const { GraphQLBoolean } = require('graphql');
const model = require('../model');

module.exports = {
  type: GraphQLBoolean,
  resolve(root, params, context) {
    // ok: session-destroy-on-logout
    return model.logout(...arguments);
  },
};
