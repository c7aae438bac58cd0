import express from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer } from 'apollo-server-express';
import { schema } from './schema';
import { context } from './context';

async function main() {
  const app = express();
  app.use(cookieParser());
  const server = new ApolloServer({ schema, context, csrfPrevention: true });
  await server.start();
  server.applyMiddleware({ app, path: '/graphql' });
  app.listen(Number(process.env.PORT ?? 4000));
}

main();
