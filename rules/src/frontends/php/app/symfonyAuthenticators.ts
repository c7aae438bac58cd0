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
 * Whether a firewall's own authenticator class is read and checks no secret a visitor could guess, so
 * a stateful firewall using it is no password login: a Symfony 5.3+ authenticator whose passport is a
 * `SelfValidatingPassport` (a verified JWT, an OAuth callback: no `PasswordCredentials` or
 * `CustomCredentials` to check), or a Guard authenticator (Symfony 3.4 to 5) whose
 * `checkCredentials($credentials, …)` never reads `$credentials` (`return true;` after an OAuth
 * exchange, `return 'dev' === $_ENV['APP_ENV'];`), and neither reads a password field. Undefined when
 * the class cannot be read.
 */
export function authenticatorChecksNoSecret(project: ProjectContext, fromFile: string, qualifiedName: string): boolean | undefined {
  const app = composerAppOf(project, fromFile);
  const relative = app?.classFile(qualifiedName.replace(/^\\/, ''));
  if (!app || !relative) return undefined;
  return noSecrets.of(project, app.manifest, relative, checksNoSecret)?.summary;
}

const noSecrets = new SummaryCache<boolean>();

/** Undefined when the class says neither (its check is inherited from a bundle's base class: knpu's `SocialAuthenticator`). */
function checksNoSecret(file: PhpFile): boolean | undefined {
  if (passwordRead(file)) return false;
  const created = file.root.descendantsOfType('object_creation_expression').map((node) => className(node?.namedChildren[0] ?? undefined));
  if (created.includes('selfvalidatingpassport')) return !created.includes('customcredentials');
  if (created.includes('passport') || created.includes('customcredentials')) return false;
  const check = file.nodesOfType('method_declaration').find((method) => method.childForFieldName('name')?.text.toLowerCase() === 'checkcredentials');
  const body = check?.childForFieldName('body');
  const first = check?.childForFieldName('parameters')?.namedChildren.find((p) => p?.type === 'simple_parameter')?.childForFieldName('name')?.text;
  if (!body || !first) return undefined;
  return !body.descendantsOfType('variable_name').some((variable) => variable?.text === first);
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
  return !limitsItself(file) && passwordRead(file);
}

/** It builds `PasswordCredentials` or reads a field named password from the request. */
function passwordRead(file: PhpFile): boolean {
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
