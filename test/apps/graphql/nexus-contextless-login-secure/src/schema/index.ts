import { makeSchema } from 'nexus';
import * as types from './user';

export const schema = makeSchema({ types, outputs: false });
