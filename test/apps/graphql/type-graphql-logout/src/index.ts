import rateLimit from 'express-rate-limit';
import 'reflect-metadata';
import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { buildSchema } from 'type-graphql';
import { UserResolver } from './resolvers/user';
import { COOKIE_NAME } from './constants';
import type { MyContext } from './types';

const main = async () => {
  const app = express();
  // Every request, the GraphQL endpoint's included, goes through one limiter.
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
  const redis = new Redis(process.env.REDIS_URL!);
  app.use(
    session({
      name: COOKIE_NAME,
      store: new RedisStore({ client: redis, disableTouch: true }),
      cookie: { maxAge: 1000 * 60 * 60 * 24, httpOnly: true, sameSite: 'lax', secure: true },
      saveUninitialized: false,
      secret: process.env.SESSION_SECRET!,
      resave: false,
    }),
  );
  const apollo = new ApolloServer<MyContext>({ schema: await buildSchema({ resolvers: [UserResolver], validate: false }) });
  await apollo.start();
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async ({ req, res }) => ({ req, res, redis }) }));
  app.listen(4000);
};

main();
