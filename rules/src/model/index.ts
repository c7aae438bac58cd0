export * from './range';
export * from './value';
export * from './edit';
export * from './facts';
export * from './finding';
export * from './project';
export * from './rule';
export * from './settings';
