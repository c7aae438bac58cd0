import type { Node } from 'web-tree-sitter';
import { SummaryCache } from '../app/parsedFiles';
import { classFileOf, relativeSpecifier } from '../classFiles';
import type { PhpFile } from '../fileContext';
import { phpParser } from '../grammar';
import { namedChildren, unwrapParentheses } from '../syntax';
import { analyzePhpFlow, type PhpFlow } from './authFlow';
import { effectsOfFlow, flowStandingFor, type FlowEffects } from './flowEffects';
import { calledName, callTarget, variableName } from './authSyntax';
import { declaresAbstractType, implementerFiles, implementingClasses } from '../app/implementations';

/** Calls followed from one handler into other files: BookStack's controller → OidcService → LoginService is two. */
const MAX_DEPTH = 3;

/** The effects of one method of a class file, summarised once per text (shared with the include summaries' cache). */
const methodEffects = new SummaryCache<FlowEffects | null>();
/** Whether a file declares a type as an interface or abstract class, per text and type. */
const abstractTypes = new SummaryCache<boolean>();
/** Methods being summarised now, by file and method: a cycle back into one of them finds "not known". */
const inProgress = new Set<string>();

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
  if (depth >= MAX_DEPTH || !phpParser.loaded || !file.project.readFile) return undefined;
  const method = calledName(call);
  const typeName = method ? receiverType(file, call) : undefined;
  const classFile = typeName ? classFileOf(file, typeName) : undefined;
  if (!method || !typeName || !classFile) return undefined;
  const className = typeName.split('\\').pop() ?? typeName;
  const key = `${classFile}\0${method}`;
  if (inProgress.has(key)) return undefined;
  inProgress.add(key);
  try {
    const specifier = relativeSpecifier(file.fileName, classFile);
    const found = methodEffects.of(file.project, file.fileName, specifier, (other) => effectsOf(other, className, method, depth, helperFlowsOf), method);
    if (found?.summary) return flowStandingFor(found.summary, call);
    // `AuthInterface $auth` … `$auth->forget()`: the method runs in whichever class implements the type.
    if (!abstractTypes.of(file.project, file.fileName, specifier, (other) => declaresAbstractType(other, className), className)?.summary) return undefined;
    const implemented = implementationEffects(file, className, method, depth, helperFlowsOf);
    return implemented ? flowStandingFor(implemented, call) : undefined;
  } finally {
    inProgress.delete(key);
  }
}

function effectsOf(other: PhpFile, className: string, method: string, depth: number, helperFlowsOf: (file: PhpFile, depth: number) => (call: Node) => PhpFlow | undefined): FlowEffects | null {
  const declaration = other.nodesOfType('class_declaration').find((c) => c.childForFieldName('name')?.text.toLowerCase() === className.toLowerCase());
  const body = declaration ? other.classAt(declaration.startIndex)?.methods.get(method)?.[0]?.childForFieldName('body') : undefined;
  if (!body) return null;
  const flow = analyzePhpFlow(body, { file: other, ownUnits: new Set(), helperFlow: helperFlowsOf(other, depth + 1) });
  return effectsOfFlow(flow);
}

/**
 * What a method of an interface (or abstract class) does, over every class of the application that
 * implements it: the weakest of them, so the call ends the session only if every implementation does
 * (filegator's `AuthInterface::forget()` is `$this->session->invalidate()` in each adapter), hands the
 * logout on if one does, and keeps the session if one keeps it. Undefined when the application cannot
 * be listed, has too many implementations, or one of them cannot be read.
 */
function implementationEffects(file: PhpFile, typeName: string, method: string, depth: number, helperFlowsOf: (file: PhpFile, depth: number) => (call: Node) => PhpFlow | undefined): FlowEffects | undefined {
  const files = implementerFiles(file.project, file.fileName, typeName);
  if (!files || files.length === 0) return undefined;
  const all: FlowEffects[] = [];
  for (const implementer of files) {
    const found = methodEffects.of(file.project, file.fileName, relativeSpecifier(file.fileName, implementer), (other) => implementedIn(other, typeName, method, depth, helperFlowsOf), `implements ${typeName}::${method}`);
    if (found?.summary) all.push(found.summary);
    else if (found === undefined) return undefined;
  }
  return all.reduce<FlowEffects | undefined>((weakest, effects) => (weakest === undefined || strength(effects) < strength(weakest) ? effects : weakest), undefined);
}

/** The weakest effects of the method in the file's classes implementing the type; null when none of them declares it. */
function implementedIn(other: PhpFile, typeName: string, method: string, depth: number, helperFlowsOf: (file: PhpFile, depth: number) => (call: Node) => PhpFlow | undefined): FlowEffects | null {
  let weakest: FlowEffects | null = null;
  for (const declaration of implementingClasses(other, typeName)) {
    const body = other.classAt(declaration.startIndex)?.methods.get(method)?.[0]?.childForFieldName('body');
    if (!body) continue;
    const effects = effectsOfFlow(analyzePhpFlow(body, { file: other, ownUnits: new Set(), helperFlow: helperFlowsOf(other, depth + 1) }));
    if (weakest === null || strength(effects) < strength(weakest)) weakest = effects;
  }
  return weakest;
}

/** How far effects go to end a session: destroyed (3), handed on (2), partly cleared or renewed (1), nothing (0). */
function strength(effects: FlowEffects): number {
  if (effects.fullDestroys + effects.destroys > 0) return 3;
  if (effects.delegations > 0) return 2;
  return effects.partials + effects.cookieClears + effects.guardLogouts + effects.renewals.length > 0 ? 1 : 0;
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
