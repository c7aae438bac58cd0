import rateLimit from 'express-rate-limit';
import express from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import { ApolloServer } from 'apollo-server-express';
import { typeDefs } from './graphql/typeDefs';
import { resolvers } from './graphql/resolvers';

export async function createServer() {
  const app = express();
  // Every request, the GraphQL endpoint's included, goes through one limiter.
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
  app.use(
    session({
      name: 'sid',
      store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 6 },
    }),
  );
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    csrfPrevention: true,
    context: ({ req, res }) => ({ req, res }),
  });
  await server.start();
  server.applyMiddleware({ app, cors: false });
  return app;
}
