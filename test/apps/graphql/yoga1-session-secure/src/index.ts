import { GraphQLServer } from 'graphql-yoga';
import { resolvers } from './resolvers/user';
import { sessionMiddleware } from './middleware/session';

const typeDefs = `
  type Query { me: ID }
  type Mutation { rename(name: String!): Boolean! }
`;

const server = new GraphQLServer({
  typeDefs,
  resolvers,
  context: ({ request }) => ({ session: request.session }),
});

server.express.use(sessionMiddleware());

server.start({ port: 4000, uploads: false, cors: { credentials: true, origin: process.env.FRONTEND_ORIGIN } });
