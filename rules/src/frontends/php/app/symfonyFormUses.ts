import type { Node } from 'web-tree-sitter';
import { calledName } from '../adapters/authSyntax';
import type { PhpFile } from '../fileContext';
import { phpParser } from '../grammar';
import { callArguments, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { withParsedFile } from './parsedFiles';
import { namespaceOf } from './phpNames';

/** Files of the application larger than this are not read for uses of a form type (generated code, dumps). */
const MAX_USER_CHARS = 512 * 1024;
/** More files naming the type than this and its uses are left unknown (the finding stays). */
const MAX_USER_FILES = 24;

/**
 * How a form type is used where the app names it (`CommentType::class`, `new CommentType()`):
 * - `embedded`: as a field of another form (`$builder->add('lines', LineType::class)`), the entry of a
 *   collection (`'entry_type' => LineType::class`, EasyAdmin's `->setEntryType(…)`, `->setFormType(…)`).
 *   Symfony's CSRF extension adds and checks a token on the root form only (`FormTypeCsrfExtension`:
 *   `!$form->getParent()`), so a child's `csrf_protection` neither adds nor removes a check;
 * - `payload`: created (`createForm`, `->create()`) in a method that fills it with `->submit($data)` and
 *   never calls `->handleRequest()`: an API payload (JSON decoded by the action), which a cross-site
 *   form cannot send;
 * - `root`: created and handled from the request, or named in any other way (handed on, returned): the
 *   form may be the root of a posted page, and its CSRF option counts.
 */
type FormUse = 'embedded' | 'payload' | 'root';

const cache = new Map<string, { readonly text: string; readonly uses: readonly FormUse[] }>();

/**
 * Whether no form of the app can be the root of a request-handled form of type `type` (the class
 * declared in `file`): every use the app's PHP files make of it is embedded or an API payload, or
 * none names it at all (a form type nothing creates serves no request; a Symfony 2 type that names
 * itself with `getName()` may be created by that alias, so it is not taken for unused). False when
 * any use is a root one or the app's files cannot be listed.
 */
export function formTypeNeverHandlesRequest(file: PhpFile, type: string): boolean {
  const sources = file.project.phpSources?.(file.fileName);
  if (!sources || !phpParser.loaded) return false;
  const word = new RegExp(`\\b${type}\\b`);
  const users = sources.files.filter((name) => {
    if (name === file.fileName) return false;
    const text = sources.read(name);
    return text !== undefined && text.length <= MAX_USER_CHARS && word.test(text);
  });
  if (users.length > MAX_USER_FILES) return false;
  const qualified = `${namespaceOf(file)}\\${type}`.replace(/^\\/, '');
  const uses = users.flatMap((name) => usesIn(name, sources.read(name) ?? '', type, qualified, file));
  if (uses.length === 0) return !namesItself(file);
  return uses.every((use) => use !== 'root');
}

function usesIn(fileName: string, text: string, type: string, qualified: string, from: PhpFile): readonly FormUse[] {
  const key = `${fileName}\0${qualified}`;
  const cached = cache.get(key);
  if (cached && cached.text === text) return cached.uses;
  const uses = withParsedFile(text, fileName, from.project, (user) => namings(user, type, qualified).map((node) => useOf(user, node)));
  cache.set(key, { text, uses });
  if (cache.size > 512) cache.delete(cache.keys().next().value!);
  return uses;
}

/** `Type::class`, `new Type()`, and strings spelling the qualified name (`'App\Form\Type'`). */
function namings(file: PhpFile, type: string, qualified: string): Node[] {
  const lower = type.toLowerCase();
  const last = (node: Node | undefined): string | undefined => node?.text.split('\\').pop()?.toLowerCase();
  // Constants, creations and strings are not in the file's index: one walk of this one file.
  const constants = file.root.descendantsOfType('class_constant_access_expression').filter((node): node is Node => {
    if (!node) return false;
    const [owner, constant] = namedChildren(node);
    return last(owner) === lower && constant?.text.toLowerCase() === 'class';
  });
  const creations = file.root.descendantsOfType('object_creation_expression').filter((node): node is Node => node !== null && last(namedChildren(node)[0]) === lower);
  const strings = file.root
    .descendantsOfType(['string', 'encapsed_string'])
    .filter((node): node is Node => node !== null && (stringValue(node) ?? '').replace(/^\\/, '').replace(/\\\\/g, '\\') === qualified);
  return [...constants, ...creations, ...strings];
}

const EMBEDDING_CALLS: ReadonlySet<string> = new Set(['setentrytype', 'setformtype']);
const CREATING_CALLS: ReadonlySet<string> = new Set(['createform', 'create', 'createbuilder', 'createnamed', 'createnamedbuilder']);
/** Option keys whose value is the type of a child form: a collection's entries (2.8+ and Symfony 2's `type`). */
const ENTRY_KEYS: ReadonlySet<string> = new Set(['entry_type', 'type']);

function useOf(file: PhpFile, node: Node): FormUse {
  const parent = node.parent;
  if (parent?.type === 'array_element_initializer') {
    const [key, value] = namedChildren(parent);
    return value?.id === node.id && key && ENTRY_KEYS.has(stringValue(key) ?? '') ? 'embedded' : 'root';
  }
  const call = parent?.type === 'argument' ? parent.parent?.parent : undefined;
  if (!call || (call.type !== 'member_call_expression' && call.type !== 'scoped_call_expression')) return 'root';
  const name = calledName(call) ?? '';
  if (EMBEDDING_CALLS.has(name)) return 'embedded';
  if (name === 'add') return callArguments(call).positional[1]?.id === parent!.id || callArguments(call).positional[1]?.id === node.id ? 'embedded' : 'root';
  if (CREATING_CALLS.has(name)) return submittedFromPayload(file, call) ? 'payload' : 'root';
  return 'root';
}

/**
 * The method that creates the form fills it with `->submit($data)` from an API payload (a JSON body:
 * `json_decode($request->getContent())`, `$request->toArray()`, or a value handed in by the caller)
 * and never calls `->handleRequest()`. Data read from the request's form parameters
 * (`$form->submit($request->get('item'))`, `$request->request->all()`, `$_POST`) is a form post that a
 * cross-site form can send with the session cookie: not a payload.
 */
export function submittedFromPayload(file: PhpFile, call: Node): boolean {
  const method = file.nodesOfType('method_declaration').filter((m) => m.startIndex <= call.startIndex && call.endIndex <= m.endIndex).pop();
  if (!method) return false;
  const calls = file.nodesOfType('member_call_expression').filter((c) => c.startIndex >= method.startIndex && c.endIndex <= method.endIndex);
  if (calls.some((c) => calledName(c) === 'handlerequest')) return false;
  const submits = calls.filter((c) => calledName(c) === 'submit');
  return submits.length > 0 && submits.every((submit) => !readsFormParameters(file, method, callArguments(submit).positional[0]));
}

/** The submitted data is (or is assigned in the method from) a read of the request's form or query parameters. */
function readsFormParameters(file: PhpFile, method: Node, data: Node | undefined): boolean {
  if (!data) return false;
  const sources = [data];
  const name = unwrapParentheses(data).type === 'variable_name' ? unwrapParentheses(data).text : undefined;
  if (name) {
    for (const assignment of file.nodesOfType('assignment_expression')) {
      if (assignment.startIndex < method.startIndex || assignment.endIndex > method.endIndex || assignment.childForFieldName('left')?.text !== name) continue;
      const right = assignment.childForFieldName('right');
      if (right) sources.push(right);
    }
  }
  return sources.some((source) =>
    [source, ...source.descendantsOfType(['member_call_expression', 'member_access_expression', 'variable_name']).filter((n): n is Node => n !== null)].some(isFormParameterRead),
  );
}

/** `$request->get(…)`, `$request->request`, `$request->query`, `$_POST`, `$_GET`, `$_REQUEST`. */
function isFormParameterRead(node: Node): boolean {
  if (node.type === 'variable_name') return /^\$_(POST|GET|REQUEST)$/.test(node.text);
  if (node.type === 'member_access_expression') return /^(request|query)$/i.test(node.childForFieldName('name')?.text ?? '');
  if (node.type !== 'member_call_expression') return false;
  const object = node.childForFieldName('object');
  return calledName(node) === 'get' && object !== null && /^\$request$|getRequest\(\)$/i.test(object.text);
}

/** A Symfony 2 type naming itself (`getName()`): controllers may create it by that alias string. */
function namesItself(file: PhpFile): boolean {
  return file.nodesOfType('method_declaration').some((method) => method.childForFieldName('name')?.text.toLowerCase() === 'getname');
}
