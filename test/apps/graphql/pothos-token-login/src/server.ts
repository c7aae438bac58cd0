import express from 'express';
import { createYoga } from 'graphql-yoga';
import { builder } from './builder';
import './schema/auth';

const yoga = createYoga({ schema: builder.toSchema(), graphqlEndpoint: '/graphql' });

const app = express();
app.use('/graphql', yoga);
app.listen(Number(process.env.PORT ?? 4000));
