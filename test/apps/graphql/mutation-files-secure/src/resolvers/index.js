const Mutation = require('./mutations');
const db = require('../db');

module.exports = {
  Query: {
    me: (_, __, { session }) => (session.userId ? db.findUserById(session.userId) : null),
  },
  Mutation,
};
