import { childrenOf, dottedPath, memberName, unwrap, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { appModelFor } from '../appModel';

/** A file that may put something into the session (the text test before a file is parsed). */
const HINT = /session|log[Ii]n\s*\(/;

/**
 * Whether any file of a NestJS package puts something into the cookie session, or reads a key of it (a key read
 * is written somewhere, if only out of sight): a key written on a session
 * (`session.userId = …` with `@Session() session`, `req.session.user = …`, `session.set(…)`, `Object.assign(
 * req.session, …)`), the session handed to the app's own code (a service given it may write it), a passport login (`req.logIn(…)`, `super.logIn(request)` in a guard) or passport's
 * sessions turned on (`passport.session()`, `PassportModule.register({ session: true })`). A session nothing
 * writes carries no login (the app authenticates with a Bearer token): a forged request gains nothing by it,
 * and the csrf rule has no session to defend (csrf8's system-admin-backend, whose session is only destroyed).
 */
export function nestSessionWritten(context: AdapterContext): boolean {
  return appModelFor(context).someFile('nest-session-written', HINT, writesSession, context.file.budget);
}

function writesSession(context: AdapterContext): boolean {
  const stack: Node[] = [context.file.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && onSession(node.left.object)) return true;
    // A key read from the session (`if (!session.userId)`): something the app does not show writes it (a passport serializer).
    if (node.type === 'MemberExpression' && onSession(node.object) && !SESSION_METHODS.has(memberName(node) ?? '')) return true;
    if (node.type === 'CallExpression') {
      // The session handed to the app's own code (`this.authService.login(session, dto)`): that code may write it.
      if (node.arguments.some((argument) => argument.type !== 'SpreadElement' && onSession(argument))) return true;
      const callee = unwrap(node.callee);
      const path = dottedPath(callee)?.join('.') ?? '';
      const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
      if (method === 'set' && callee.type === 'MemberExpression' && onSession(callee.object)) return true;
      if ((method === 'logIn' || method === 'login') && callee.type === 'MemberExpression' && (isRequestLike(callee.object) || unwrap(callee.object).type === 'Super')) return true;
      if (path === 'passport.session' || (path === 'Object.assign' && node.arguments[0] !== undefined && onSession(node.arguments[0]))) return true;
      if (path === 'PassportModule.register' && /\bsession\s*:\s*true\b/.test(context.file.text.slice(node.range[0], node.range[1]))) return true;
    }
    stack.push(...childrenOf(node));
  }
  return false;
}

/** express-session's own members: calling them or reading them carries nothing the app put there. */
const SESSION_METHODS = new Set(['destroy', 'regenerate', 'save', 'reload', 'touch', 'resetMaxAge', 'cookie', 'id']);

/** `session` (a `@Session()` parameter or a local), `req.session`, `request.session`: a session object. */
function onSession(node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'Identifier') return target.name === 'session';
  return target.type === 'MemberExpression' && memberName(target) === 'session';
}

function isRequestLike(node: Node): boolean {
  const target = unwrap(node);
  return target.type === 'Identifier' ? /^(req|request)$/.test(target.name) : target.type === 'MemberExpression' && /^(req|request)$/.test(memberName(target) ?? '');
}
