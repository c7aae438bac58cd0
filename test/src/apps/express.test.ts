import { describeFixtureFamily } from './familyTest';

describeFixtureFamily('express', 'Express apps assembled across files');
