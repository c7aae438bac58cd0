import express from 'express';
import cookieParser from 'cookie-parser';
import rateLimit from 'express-rate-limit';
import { ApolloServer } from 'apollo-server-express';
import { schema } from './schema';
import { context } from './context';

async function main() {
  const app = express();
  app.use(cookieParser());
  // The GraphQL endpoint, and with it the login mutation, is limited per client address.
  app.use('/graphql', rateLimit({ windowMs: 15 * 60 * 1000, limit: 50 }));
  const server = new ApolloServer({ schema, context, csrfPrevention: true });
  await server.start();
  server.applyMiddleware({ app, path: '/graphql' });
  app.listen(Number(process.env.PORT ?? 4000));
}

main();
