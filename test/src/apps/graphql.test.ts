import { describeFixtureFamily } from './familyTest';

describeFixtureFamily('graphql', 'GraphQL servers: resolver maps, type-graphql, Nexus and NestJS resolvers');
