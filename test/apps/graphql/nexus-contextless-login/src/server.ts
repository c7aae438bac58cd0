import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import express from 'express';
import { schema } from './schema';

async function main() {
  const app = express();
  const server = new ApolloServer({ schema });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server));
  app.listen(Number(process.env.PORT ?? 4000));
}

main();
