import { describeFixtureFamily } from './familyTest';

describeFixtureFamily('nest', 'NestJS apps: modules, controllers, guards and the middleware of main.ts');
