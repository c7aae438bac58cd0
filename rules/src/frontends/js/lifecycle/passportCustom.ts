import { childrenOf, isFunction, memberName, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { appModelFor } from '../assembly/appModel';

/* passport-custom strategies that take no credential: a demo or guest login has no password to guess. */

const PASSPORT_CUSTOM = 'passport-custom';

/**
 * The names of the passport-custom strategies of the package whose verify function never reads the
 * request (`passport.use(new CustomStrategy(async (req, done) => done(null, demoUser)))`, registered as
 * 'custom', or under the name `passport.use('guest', …)` gives): they log everyone in as one anonymous
 * account (Odin-Book's `/login/custom`), so `passport.authenticate('custom')` takes no password.
 * A verify function that reads the request at all (`req.body.pin`, `req.headers`) may check one.
 */
export function credentialFreeStrategies(context: AdapterContext): ReadonlySet<string> {
  const model = appModelFor(context);
  return model.once('passport-custom credential-free strategies', () => {
    const names = new Set<string>();
    for (const file of model.filesWith((text) => text.includes(PASSPORT_CUSTOM))) {
      const other = model.contextOf(file);
      if (!other?.importsAny([PASSPORT_CUSTOM])) continue;
      for (const call of other.file.calls) {
        const name = credentialFreeRegistration(other, call);
        if (name !== undefined) names.add(name);
      }
    }
    return names;
  }, context.file.budget);
}

/** The strategy name of `passport.use([name,] new Strategy(verify))` when `verify` never reads the request. */
function credentialFreeRegistration(context: AdapterContext, call: Node): string | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'use') return undefined;
  const last = call.arguments[call.arguments.length - 1];
  const created = last ? unwrap(last) : undefined;
  if (created?.type !== 'NewExpression' || context.moduleOf(created.callee)?.module !== PASSPORT_CUSTOM) return undefined;
  const verify = created.arguments[0] ? unwrap(created.arguments[0]) : undefined;
  if (!verify || !isFunction(verify) || readsRequest(verify)) return undefined;
  return call.arguments.length > 1 ? stringLiteral(call.arguments[0]) : 'custom';
}

/** Whether the verify function uses its first parameter, the request, anywhere (a pattern reads it). */
function readsRequest(verify: FunctionNode): boolean {
  const request = verify.params[0];
  if (!request) return false;
  if (request.type !== 'Identifier') return true;
  const stack: Node[] = [verify.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier' && node.name === request.name) return true;
    stack.push(...childrenOf(node));
  }
  return false;
}
