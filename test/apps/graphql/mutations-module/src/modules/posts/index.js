import { posts } from '../../db.js';

export const postTypeDefs = /* GraphQL */ `
  type Post { id: ID!, title: String! }
  type Query { posts: [Post!]! }
  extend type Mutation { publish(title: String!): Post }
`;

export const postResolvers = {
  Query: { posts: () => posts.all() },
  Mutation: {
    publish: (_parent, { title }, { req }) => {
      if (!req.session.user) throw new Error('Not signed in');
      return posts.create(req.session.user.id, title);
    },
  },
};
