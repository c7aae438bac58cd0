module.exports = {
  todos: (_, __, { req, models }) => {
    if (!req.session.userId) throw new Error('Not signed in');
    return models.todos.forUser(req.session.userId);
  },
};
