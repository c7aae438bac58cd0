import { Post } from '../models.js';

export default {
  Query: { posts: () => Post.find() },
  Mutation: {
    CreatePost: (_, { title }, { request: { req } }) => {
      if (!req.session.userId) throw new Error('Not signed in');
      return Post.create({ title, author: req.session.userId });
    },
  },
};
