import { makeSchema } from 'nexus';
import { join } from 'path';
import * as auth from './auth';

export const schema = makeSchema({
  types: [auth],
  outputs: { schema: join(__dirname, '../../schema.graphql'), typegen: join(__dirname, '../generated/nexus.ts') },
});
