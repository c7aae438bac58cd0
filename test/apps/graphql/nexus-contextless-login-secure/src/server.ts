import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import express from 'express';
import rateLimit from 'express-rate-limit';
import { schema } from './schema';

async function main() {
  const app = express();
  const server = new ApolloServer({ schema });
  await server.start();
  // Ten GraphQL requests a minute per client on the endpoint that takes the logins.
  app.use('/graphql', rateLimit({ windowMs: 60_000, limit: 10 }));
  app.use('/graphql', express.json(), expressMiddleware(server));
  app.listen(Number(process.env.PORT ?? 4000));
}

main();
