import type { Node } from 'web-tree-sitter';
import type { ProjectContext } from '../../../model/project';
import { classFileOf, relativeSpecifier } from '../classFiles';
import { PhpFile } from '../fileContext';
import { phpParser } from '../grammar';
import { namedChildren, unwrapParentheses } from '../syntax';
import { analyzePhpFlow, type PhpFlow } from './authFlow';
import { effectsOfFlow, flowStandingFor, type FlowEffects } from './flowEffects';
import { calledName, callTarget, variableName } from './authSyntax';

/** Calls followed from one handler into other files: BookStack's controller → OidcService → LoginService is two. */
const MAX_DEPTH = 3;

/** Per project, per class file: the text it was read with and its methods' effects (null: not found). */
const effectsCache = new WeakMap<ProjectContext, Map<string, { readonly text: string; readonly methods: Map<string, FlowEffects | null> }>>();

/**
 * What a logout handed to a service does, when the service is a class of the project:
 * `$this->loginService->logout()`, where `$loginService` is a constructor-promoted or typed
 * property (or a typed constructor parameter assigned to it) of class `LoginService`, found by
 * its namespace (see {@link classFileOf}) and read through the project. The callee's own helpers
 * and hand-offs are followed the same way, a few levels deep. Undefined when it cannot be
 * resolved: the caller then stays unknown.
 * @param depth how many files were crossed to get here.
 */
export function calleeFlow(file: PhpFile, call: Node, depth: number, helperFlowsOf: (file: PhpFile, depth: number) => (call: Node) => PhpFlow | undefined): PhpFlow | undefined {
  if (depth >= MAX_DEPTH || !phpParser.loaded || !file.project.readModule) return undefined;
  const method = calledName(call);
  const typeName = method ? receiverType(file, call) : undefined;
  const classFile = typeName ? classFileOf(file, typeName) : undefined;
  if (!method || !typeName || !classFile) return undefined;
  const read = file.project.readModule(file.fileName, relativeSpecifier(file.fileName, classFile));
  if (!read) return undefined;
  let byFile = effectsCache.get(file.project);
  if (!byFile) effectsCache.set(file.project, (byFile = new Map()));
  let entry = byFile.get(read.fileName);
  // A changed file (the editor) is read again.
  if (!entry || entry.text !== read.text) byFile.set(read.fileName, (entry = { text: read.text, methods: new Map() }));
  if (!entry.methods.has(method)) {
    // Set before the walk: a cycle back into this method finds "not known".
    entry.methods.set(method, null);
    entry.methods.set(method, effectsOf(read.fileName, read.text, file.project, typeName.split('\\').pop() ?? typeName, method, depth, helperFlowsOf));
  }
  const effects = entry.methods.get(method);
  return effects ? flowStandingFor(effects, call) : undefined;
}

function effectsOf(fileName: string, text: string, project: ProjectContext, className: string, method: string, depth: number, helperFlowsOf: (file: PhpFile, depth: number) => (call: Node) => PhpFlow | undefined): FlowEffects | null {
  const tree = phpParser.parse(text);
  try {
    const other = new PhpFile(tree, text, fileName, project);
    const declaration = other.nodesOfType('class_declaration').find((c) => c.childForFieldName('name')?.text.toLowerCase() === className.toLowerCase());
    const body = declaration ? other.classAt(declaration.startIndex)?.methods.get(method)?.[0]?.childForFieldName('body') : undefined;
    if (!body) return null;
    const flow = analyzePhpFlow(body, { file: other, ownUnits: new Set(), helperFlow: helperFlowsOf(other, depth + 1) });
    return effectsOfFlow(flow);
  } finally {
    tree.delete();
  }
}

/**
 * The class of `$this->service` in `$this->service->logout()`: the type of a constructor-promoted
 * parameter, of a typed property, or of the typed constructor parameter assigned to it.
 */
function receiverType(file: PhpFile, call: Node): string | undefined {
  const target = callTarget(call);
  const receiver = target ? unwrapParentheses(target) : undefined;
  // `$loginService->login()` on an action's typed parameter (Symfony and Laravel inject services into actions).
  const variable = receiver?.type === 'variable_name' ? variableName(receiver) : undefined;
  if (variable && variable !== 'this') return parameterTypeAround(call, variable);
  if (receiver?.type !== 'member_access_expression' || variableName(receiver.childForFieldName('object')) !== 'this') return undefined;
  const property = receiver.childForFieldName('name')?.text;
  const owner = file.classAt(call.startIndex);
  if (!property || !owner) return undefined;
  const constructor = owner.methods.get('__construct')?.[0];
  const parameters = constructor?.childForFieldName('parameters');
  const parameterType = (name: string): string | undefined => {
    for (const parameter of parameters ? namedChildren(parameters) : []) {
      if (variableName(parameter.childForFieldName('name')) === name) return typeText(parameter.childForFieldName('type'));
    }
    return undefined;
  };
  const promoted = parameters ? namedChildren(parameters).find((p) => p.type === 'property_promotion_parameter' && variableName(p.childForFieldName('name')) === property) : undefined;
  if (promoted) return typeText(promoted.childForFieldName('type'));
  for (const element of file.nodesOfType('property_element')) {
    if (element.startIndex < owner.node.startIndex || element.endIndex > owner.node.endIndex || variableName(element.childForFieldName('name')) !== property) continue;
    const declared = typeText(element.parent?.childForFieldName('type') ?? null);
    if (declared) return declared;
  }
  // `$this->oidcService = $oidcService;` in the constructor, from a typed parameter.
  const body = constructor?.childForFieldName('body');
  for (const assignment of body ? file.nodesWithin(body, ASSIGNMENTS, () => false) : []) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'member_access_expression' || left.childForFieldName('name')?.text !== property || variableName(left.childForFieldName('object')) !== 'this') continue;
    const parameter = variableName(right);
    if (parameter) return parameterType(parameter);
  }
  return undefined;
}

const ASSIGNMENTS: ReadonlySet<string> = new Set(['assignment_expression']);

/** The declared class of a parameter of the method or function a call sits in. */
function parameterTypeAround(call: Node, name: string): string | undefined {
  let declaration: Node | null = call.parent;
  while (declaration && declaration.type !== 'method_declaration' && declaration.type !== 'function_definition') declaration = declaration.parent;
  const parameters = declaration?.childForFieldName('parameters');
  for (const parameter of parameters ? namedChildren(parameters) : []) {
    if (variableName(parameter.childForFieldName('name')) === name) return typeText(parameter.childForFieldName('type'));
  }
  return undefined;
}

/** `LoginService`, `?LoginService`, `\App\LoginService`; undefined for unions, builtins and `self`. */
function typeText(type: Node | null): string | undefined {
  if (!type) return undefined;
  const named = type.type === 'optional_type' ? namedChildren(type)[0] : type;
  if (named?.type !== 'named_type') return undefined;
  const name = namedChildren(named)[0]?.text;
  return name && !/^(self|static|parent|mixed|object)$/i.test(name) ? name : undefined;
}
