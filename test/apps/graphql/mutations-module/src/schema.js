import { makeExecutableSchema } from '@graphql-tools/schema';
import merge from 'lodash.merge';
import { authTypeDefs, authMutations } from './modules/auth/index.js';
import { postTypeDefs, postResolvers } from './modules/posts/index.js';

export const schema = makeExecutableSchema({
  typeDefs: [authTypeDefs, postTypeDefs],
  resolvers: merge({ Mutation: authMutations }, postResolvers),
});
