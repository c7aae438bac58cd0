import { describeFixtureFamily } from './faces';

describeFixtureFamily('fastify', 'fixture apps: Fastify apps assembled across files (the plugin tree)');
