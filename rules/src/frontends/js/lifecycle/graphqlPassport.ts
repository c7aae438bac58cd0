import { dependsOnAtLeast, type ProjectContext } from '../../../model/project';

/** What a call on a graphql-passport context does to the session, as the handler flow counts it. */
export type PassportContextEffect = 'login' | 'logout' | 'ends-session' | 'partial-logout' | 'credential-check';

/**
 * graphql-passport's `buildContext({ req, res })` puts passport on the GraphQL context:
 * `context.authenticate(strategy, credentials)` runs `passport.authenticate`, `context.login(user)` is
 * `req.login(user, options, done)`, and `context.logout()` is `req.logout()` — called without a callback up
 * to 0.6.4, with one (`req.logout(options, done)`) from 0.6.5 on (read from the package's lib/buildContext.js
 * of each version). So with 0.6.5 and later a logout ends the session where passport ≥ 0.6 does (it
 * regenerates it) and only drops `passport.user` before; up to 0.6.4 it is passport's `req.logout()`
 * without a callback, judged as that. Undefined for any other member.
 */
export function passportContextEffect(project: ProjectContext, method: string | undefined, passportRenews: boolean): PassportContextEffect | undefined {
  switch (method) {
    case 'authenticate':
      return 'credential-check';
    case 'login':
      return 'login';
    case 'logout':
      if (dependsOnAtLeast(project, 'graphql-passport', '0.6.5') === false) return 'logout';
      return passportRenews ? 'ends-session' : 'partial-logout';
    default:
      return undefined;
  }
}

/** Whether the project uses graphql-passport, whose context a resolver's context parameter then is. */
export function usesGraphqlPassport(project: ProjectContext): boolean {
  return 'graphql-passport' in project.dependencies;
}
