import type { Node } from 'web-tree-sitter';
import type { ProjectContext } from '../../../model/project';
import { calledName, className } from '../adapters/authSyntax';
import type { PhpFile } from '../fileContext';
import { stringValue } from '../syntax';
import { composerAppOf } from './composerApp';
import { SummaryCache } from './parsedFiles';

/** Request fields that carry a password: `password`, Symfony's `_password`, `plainPassword`, `pwd`. */
const PASSWORD_FIELD = /^_?(password|passwd|pwd|pass|plain_?password|mot_?de_?passe)$/i;

const summaries = new SummaryCache<boolean>();

/**
 * Whether a firewall's own authenticator class (`custom_authenticator: App\Security\ApiJsonAuthenticator`)
 * takes a password, read from its source as data: it builds `PasswordCredentials`, or reads a field
 * named password from the request (`$data['password']`, `$request->request->get('_password')`) to
 * check it itself (an LDAP bind). Such an authenticator is a login whose guesses need a limit, on a
 * `stateless` firewall too (a JWT issued per guess); one that reads an API key or a bearer token is
 * not, nor one that limits the guesses itself ({@link limitsItself}). Undefined when the class cannot be read (not autoloaded from the app, no reader, the PHP
 * grammar not loaded).
 */
export function authenticatorTakesPassword(project: ProjectContext, fromFile: string, qualifiedName: string): boolean | undefined {
  const app = composerAppOf(project, fromFile);
  const relative = app?.classFile(qualifiedName.replace(/^\\/, ''));
  if (!app || !relative) return undefined;
  return summaries.of(project, app.manifest, relative, takesPassword)?.summary;
}

/**
 * The class limits the guesses itself: it consumes a Symfony RateLimiter (`->consume()`,
 * `->reserve()`), calls a throttling method of its own (`$this->rateLimitInvalidLogin()`), or
 * sleeps (`usleep(mt_rand(…))`), as Kimai's API-password TokenAuthenticator does.
 */
function limitsItself(file: PhpFile): boolean {
  const calls = [...file.nodesOfType('member_call_expression'), ...file.nodesOfType('function_call_expression')];
  return calls.some((call) => /^(consume|reserve|ratelimit\w*|throttle\w*|sleep|usleep)$/.test(calledName(call) ?? ''));
}

function takesPassword(file: PhpFile): boolean {
  if (limitsItself(file)) return false;
  // Strings and creations are not in the file's index: one walk of this one class file.
  const nodes = file.root.descendantsOfType(['object_creation_expression', 'string', 'encapsed_string']).filter((node): node is Node => node !== null);
  return nodes.some((node) =>
    node.type === 'object_creation_expression' ? className(node.namedChildren[0] ?? undefined) === 'passwordcredentials' : PASSWORD_FIELD.test(stringValue(node) ?? '') && readsField(node),
  );
}

/** A string used as an array key read (`$data['password']`) or as a call's argument (`->get('_password')`). */
function readsField(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'subscript_expression') return true;
  return parent.type === 'argument' && parent.parent?.type === 'arguments';
}
