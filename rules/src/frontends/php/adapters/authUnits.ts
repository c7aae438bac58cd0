import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { namedChildren } from '../syntax';
import { variableName } from './authSyntax';
import type { LaravelRoute } from './lifecycleRoutes';
import { symfonyRouteOf, type SymfonyRoute } from '../app/symfonyRoutes';
import type { RequestBranch } from './requestBranches';

/** A piece of PHP code that can handle a login or logout on its own. */
export interface AuthUnit {
  readonly kind: 'script' | 'function' | 'method' | 'closure';
  /** The declaration (or the program for a script). */
  readonly node: Node;
  /** What is walked: the function body, or the program. */
  readonly body: Node;
  /** The function or method name; the file's base name for a script; '' for a closure. */
  readonly name: string;
  /** Where findings about the unit as a whole point: its name, the route, or the script's first statement. */
  readonly anchor: Node;
  readonly className?: string;
  /** The `Request $request` parameter's name, for Laravel edits. */
  readonly requestVariable?: string;
  readonly route?: LaravelRoute;
  /** A Symfony controller action's `#[Route]` / `@Route`: its path says what the action is for, whatever the method is called. */
  readonly symfonyRoute?: SymfonyRoute;
  /** A script's request branch that is the handler (the login among a sign-up and other forms, a `?logout` link). */
  readonly branch?: RequestBranch;
}

const DECLARED_FUNCTIONS: ReadonlySet<string> = new Set(['function_definition', 'method_declaration']);
const DECLARATIONS = new Set(['function_definition', 'class_declaration', 'interface_declaration', 'trait_declaration', 'enum_declaration', 'namespace_definition', 'namespace_use_declaration', 'php_tag', 'text', 'text_interpolation', 'declare_statement', 'const_declaration']);

/** Scripts, functions, methods and route closures of a file. */
export function findUnits(file: PhpFile, routes: readonly LaravelRoute[]): AuthUnit[] {
  const units: AuthUnit[] = [];
  const firstStatement = namedChildren(file.root).find((n) => !DECLARATIONS.has(n.type));
  if (firstStatement) {
    units.push({ kind: 'script', node: file.root, body: file.root, name: scriptName(file.fileName), anchor: firstStatement });
  }
  // Symfony's Route, or FOSRestBundle's annotations (`use FOS\RestBundle\Controller\Annotations as Rest;`).
  const routed = file.mentions(/Route\b|RestBundle/);
  for (const declaration of file.nodesOfTypes(DECLARED_FUNCTIONS)) {
    const body = declaration.childForFieldName('body');
    const nameNode = declaration.childForFieldName('name');
    if (!body || !nameNode) continue;
    const kind = declaration.type === 'method_declaration' ? 'method' : 'function';
    const symfonyRoute = kind === 'method' && routed ? symfonyRouteOf(file, declaration) : undefined;
    units.push({ kind, node: declaration, body, name: nameNode.text, anchor: nameNode, className: file.classAt(declaration.startIndex)?.node.childForFieldName('name')?.text, requestVariable: requestVariable(declaration), ...(symfonyRoute ? { symfonyRoute } : {}) });
  }
  for (const route of routes) {
    if (!route.closure) continue;
    const body = route.closure.childForFieldName('body') ?? route.closure;
    units.push({ kind: 'closure', node: route.closure, body, name: '', anchor: route.closure, requestVariable: requestVariable(route.closure), route });
  }
  return units;
}

/** A script's unit name: its file's base name without the extension (`login.php` → 'login'). */
export function scriptName(fileName: string): string {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  return base.replace(/\.(php|phtml|inc)$/i, '');
}

/** `Request $request`, `LoginRequest $request`, or a parameter named `$request`. */
function requestVariable(fn: Node): string | undefined {
  const parameters = fn.childForFieldName('parameters');
  for (const parameter of parameters ? namedChildren(parameters) : []) {
    const name = variableName(parameter.childForFieldName('name'));
    const type = parameter.childForFieldName('type')?.text ?? '';
    if (name && (/Request$/.test(type) || name === 'request')) return name;
  }
  return undefined;
}
