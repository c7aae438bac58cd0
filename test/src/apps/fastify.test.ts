import { describeFixtureFamily } from './familyTest';

describeFixtureFamily('fastify', 'Fastify apps assembled across files (the plugin tree)');
