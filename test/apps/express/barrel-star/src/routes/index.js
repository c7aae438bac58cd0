export * from './admin.js';
export * from './status.js';
