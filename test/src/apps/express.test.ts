import { describeFixtureFamily } from './faces';

describeFixtureFamily('express', 'fixture apps: Express apps assembled across files');
