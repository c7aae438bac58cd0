module.exports = {
  addTodo: (_, { title }, { req, models }) => {
    if (!req.session.userId) throw new Error('Not signed in');
    return models.todos.add(req.session.userId, title);
  },
};
