export { authTypeDefs } from './typeDefs.js';
export { authMutations } from './mutations.js';
