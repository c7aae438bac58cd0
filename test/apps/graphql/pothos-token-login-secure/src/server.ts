import express from 'express';
import rateLimit from 'express-rate-limit';
import { createYoga } from 'graphql-yoga';
import { builder } from './builder';
import './schema/auth';

const yoga = createYoga({ schema: builder.toSchema(), graphqlEndpoint: '/graphql' });

const app = express();
// Every GraphQL request, so every login attempt, is counted per client.
app.use('/graphql', rateLimit({ windowMs: 60_000, limit: 30, standardHeaders: 'draft-7', legacyHeaders: false }), yoga);
app.listen(Number(process.env.PORT ?? 4000));
