export { authRouter } from './auth.routes';
export * from './profile.routes';
