import rateLimit from 'express-rate-limit';
import express from 'express';
import session from 'express-session';
import createMemoryStore from 'memorystore';
import { createSchema, createYoga } from 'graphql-yoga';
import argon2 from 'argon2';
import type { Request, Response } from 'express';
import { members } from './members';

const MemoryStore = createMemoryStore(session);

const yoga = createYoga<{ req: Request; res: Response }>({
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Member { id: ID!, handle: String! }
      type Query { me: Member }
      type Mutation { logIn(handle: String!, password: String!): Member }
    `,
    resolvers: {
      Query: {
        me: (_root, _args, { req }) => (req.session.memberId ? members.get(req.session.memberId) : null),
      },
      Mutation: {
        async logIn(_root, { handle, password }, { req }) {
          const member = members.byHandle(handle);
          if (!member || !(await argon2.verify(member.hash, password))) return null;
          await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
          // ok: session-regenerate-on-login
          req.session.memberId = member.id;
          return member;
        },
      },
    },
  }),
});

const app = express();
// Every request, the GraphQL endpoint's included, goes through one limiter.
app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
app.use(session({
  store: new MemoryStore({ checkPeriod: 86_400_000 }),
  secret: process.env.SESSION_SECRET!,
  name: 'club',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
app.use(yoga.graphqlEndpoint, yoga);
app.listen(4000);
