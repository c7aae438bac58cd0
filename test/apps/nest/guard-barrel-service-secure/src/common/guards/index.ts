export { LocalAuthGuard } from './local-auth.guard';
export { AuthenticatedGuard } from './authenticated.guard';
