import rateLimit from 'express-rate-limit';
import express from 'express';
import session from 'express-session';
import pgSession from 'connect-pg-simple';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { schema } from './schema';
import { createContext } from './context';

const PgStore = pgSession(session);

export async function buildApp() {
  const app = express();
  // Every request, the GraphQL endpoint's included, goes through one limiter.
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
  app.set('trust proxy', 1);
  app.use(session({
    store: new PgStore({ conString: process.env.DATABASE_URL, createTableIfMissing: true }),
    secret: process.env.SESSION_SECRET!,
    name: 'nx.sid',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }));
  const server = new ApolloServer({ schema });
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server, { context: createContext }));
  return app;
}
