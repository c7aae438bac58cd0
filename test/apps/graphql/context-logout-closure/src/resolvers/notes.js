module.exports = {
  Query: {
    notes: (parent, args, { currentUser, models: { Note } }) => Note.find({ owner: currentUser.id }),
  },
  Mutation: {
    addNote: (parent, { text }, { currentUser, models: { Note } }) => Note.create({ owner: currentUser.id, text }),
  },
};
