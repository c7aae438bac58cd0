import type { Node } from 'web-tree-sitter';
import { calledName } from '../adapters/authSyntax';
import type { PhpFile } from '../fileContext';
import { callArguments, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { formTypeNeverHandlesRequest, submittedFromPayload } from './symfonyFormUses';
import { namespaceOf } from './phpNames';
import { symfonyLogsInWithSession } from './symfonySessionLogin';

/** Form factory calls and the position of their options array: `createForm(Type::class, $data, $options)`, `createNamed($name, $type, $data, $options)`. */
const OPTIONS_AT: Readonly<Record<string, number>> = { createform: 2, createformbuilder: 1, create: 2, createbuilder: 2, createnamed: 3, createnamedbuilder: 3 };

/** A Symfony form that turns its CSRF token off. */
export interface CsrfOffForm {
  /** The `'csrf_protection' => false` element. */
  readonly node: Node;
  readonly reason: string;
}

/**
 * Symfony forms with `'csrf_protection' => false`: in a form type's `configureOptions()` or Symfony 2's
 * `setDefaultOptions()` (`$resolver->setDefaults([...])`) or where a controller creates the form
 * (`$this->createForm(TaskType::class, $task, ['csrf_protection' => false])`). Left alone, because
 * a forged request through them changes nothing or cannot carry the session:
 * - forms sent with GET (`'method' => 'GET'` beside the option), and search, filter and toolbar
 *   forms (a type or data class named so: Kimai's `TimesheetToolbarForm` of a `TimesheetQuery`,
 *   wallabag's `EntryFilterType`), which list data and are sent with GET by the pages that use them;
 * - forms filled from an API payload (`$form->submit($data)` and no `handleRequest()` in the method);
 * - form types and controllers of an API (a namespace, class or file named Api);
 * - login form types (a type named Login… with a password field): they are posted to the
 *   firewall's check_path, where the security layer's authenticator reads the credentials and the
 *   `_csrf_token` (form_login `enable_csrf`); the form component never handles that request, so its
 *   csrf_protection option neither adds nor removes a check (EC-CUBE's admin and customer logins);
 * - forms of an app whose firewalls log nobody in through the session (only `stateless` JWT
 *   firewalls, or none with an authenticator): a forged post carries no logged-in user;
 * - form types the app only embeds in other forms, fills from an API payload, or never creates
 *   ({@link formTypeNeverHandlesRequest}): only a root form handled from the request checks a token.
 */
export function csrfOffForms(file: PhpFile): CsrfOffForm[] {
  if (!file.mentions(/csrf_protection/) || isApiCode(file) || symfonyLogsInWithSession(file) === false) return [];
  const found: CsrfOffForm[] = [];
  for (const call of file.nodesOfType('member_call_expression')) {
    const name = calledName(call) ?? '';
    const args = callArguments(call);
    if (name === 'setdefaults' || name === 'setdefault') {
      const method = enclosingMethod(file, call);
      if (!OPTIONS_METHODS.has(method ?? '')) continue;
      const element = name === 'setdefaults' ? csrfOff(args.positional[0]) : stringValue(args.positional[0] ?? call) === 'csrf_protection' && isFalse(args.positional[1]) ? call : undefined;
      const type = file.classAt(call.startIndex)?.node.childForFieldName('name')?.text ?? 'the form type';
      if (element && (sentWithGet(args.positional[0]) || LISTING_FORM.test(type) || LISTING_FORM.test(dataClass(args.positional[0]) ?? ''))) continue;
      if (element && isFirewallLoginForm(file, call, type)) continue;
      if (element && formTypeNeverHandlesRequest(file, type)) continue;
      if (element) found.push({ node: element, reason: `${type}::configureOptions() sets 'csrf_protection' => false, so its forms carry and check no token` });
      continue;
    }
    const at = OPTIONS_AT[name];
    if (at === undefined || !/^create/.test(name)) continue;
    const options = args.positional[at] ?? args.named.get('options');
    const element = csrfOff(options);
    if (element && (sentWithGet(options) || submittedFromPayload(file, call))) continue;
    if (element) found.push({ node: element, reason: `${call.childForFieldName('name')?.text ?? name}() is given 'csrf_protection' => false, so the form checks no token` });
  }
  return found;
}

/**
 * Where a form type sets its default options: `configureOptions()` (Symfony ≥ 2.7) and
 * `setDefaultOptions()`, its name from 2.1 to 2.8, which Symfony 2 apps still carry.
 */
const OPTIONS_METHODS: ReadonlySet<string> = new Set(['configureoptions', 'setdefaultoptions']);

/** Search, filter and toolbar forms, and query objects as their data: they list data, with GET. */
const LISTING_FORM = /Search|Filter|Toolbar|Query/;

/** A login form type: named Login… and adding a field of `PasswordType::class` (`$builder->add('password', PasswordType::class)`). */
function isFirewallLoginForm(file: PhpFile, call: Node, type: string): boolean {
  if (!/Login/.test(type)) return false;
  const classNode = file.classAt(call.startIndex)?.node;
  if (!classNode) return false;
  return file.nodesOfType('member_call_expression').some((add) => {
    if (add.startIndex < classNode.startIndex || add.endIndex > classNode.endIndex || calledName(add) !== 'add') return false;
    const fieldType = callArguments(add).positional[1];
    return fieldType?.type === 'class_constant_access_expression' && namedChildren(fieldType)[0]?.text.split('\\').pop() === 'PasswordType';
  });
}

/** `'method' => 'GET'` in the options. */
function sentWithGet(options: Node | undefined): boolean {
  return optionValue(options, 'method')?.toUpperCase() === 'GET';
}

/** `'data_class' => TimesheetQuery::class` → 'TimesheetQuery'. */
function dataClass(options: Node | undefined): string | undefined {
  const element = options && unwrapParentheses(options).type === 'array_creation_expression' ? namedChildren(unwrapParentheses(options)).find((e) => stringValue(namedChildren(e)[0] ?? e) === 'data_class') : undefined;
  const value = element ? namedChildren(element)[1] : undefined;
  return value?.type === 'class_constant_access_expression' ? namedChildren(value)[0]?.text.split('\\').pop() : value ? stringValue(value) : undefined;
}

function optionValue(options: Node | undefined, key: string): string | undefined {
  if (!options || unwrapParentheses(options).type !== 'array_creation_expression') return undefined;
  for (const element of namedChildren(unwrapParentheses(options))) {
    const [k, v] = namedChildren(element);
    if (k && v && stringValue(k) === key) return stringValue(v);
  }
  return undefined;
}

function isApiCode(file: PhpFile): boolean {
  const where = `${namespaceOf(file)}\\${file.fileName.replace(/[/.]/g, '\\')}`;
  return where.split('\\').some((part) => /^api/i.test(part) || /Api(Controller|Type|Form)?$/.test(part));
}

function enclosingMethod(file: PhpFile, node: Node): string | undefined {
  const methods = file.nodesOfType('method_declaration').filter((m) => m.startIndex <= node.startIndex && node.endIndex <= m.endIndex);
  return methods.pop()?.childForFieldName('name')?.text.toLowerCase();
}

/** The `'csrf_protection' => false` element of an options array. */
function csrfOff(options: Node | undefined): Node | undefined {
  if (!options || unwrapParentheses(options).type !== 'array_creation_expression') return undefined;
  return namedChildren(unwrapParentheses(options)).find((element) => {
    const [key, value] = namedChildren(element);
    return key !== undefined && stringValue(key) === 'csrf_protection' && isFalse(value);
  });
}

function isFalse(node: Node | undefined): boolean {
  return node !== undefined && /^false$/i.test(unwrapParentheses(node).text);
}
