import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { calledName, callTarget, variableName } from './authSyntax';
import { analyzePhpFlow, type PhpFlow } from './authFlow';

/**
 * Helpers of the file and what they do to the session: `function regenerate_session() { session_regenerate_id(true); }`
 * called as `regenerate_session()`, or a method of the same class called as `$this->endSession()`.
 * Each helper is analysed once; a helper that calls itself (directly or not) stops the recursion.
 */
export function helperFlowsOf(file: PhpFile): (call: Node) => PhpFlow | undefined {
  const memo = new Map<number, PhpFlow | undefined>();
  const inProgress = new Set<number>();
  const flowOf = (declaration: Node): PhpFlow | undefined => {
    if (memo.has(declaration.id)) return memo.get(declaration.id);
    if (inProgress.has(declaration.id)) return undefined;
    inProgress.add(declaration.id);
    const body = declaration.childForFieldName('body');
    const flow = body ? analyzePhpFlow(body, { file, ownUnits: new Set(), helperFlow: helper }) : undefined;
    inProgress.delete(declaration.id);
    memo.set(declaration.id, flow);
    return flow;
  };
  const methods = new ClassMethods(file);
  function helper(call: Node): PhpFlow | undefined {
    return helperDeclaration(file, methods, call).map(flowOf).find((f) => f !== undefined);
  }
  return helper;
}

/**
 * The methods of the file's classes and traits by lower-cased name, indexed once per file on first use.
 * Looked up per call (`$this->addSql(…)` 500 times in a migration), a walk up to the class (each
 * `parent` descends from the root in tree-sitter) and over its methods made that quadratic: 9 s for
 * a 70 KB file.
 */
class ClassMethods {
  private classes: { readonly start: number; readonly end: number; readonly methods: Map<string, Node[]> }[] | undefined;

  constructor(private readonly file: PhpFile) {}

  /** The methods named `name` of the innermost class or trait around `offset`. */
  named(offset: number, name: string): readonly Node[] {
    this.classes ??= this.index();
    let innermost: (typeof this.classes)[number] | undefined;
    for (const c of this.classes) if (c.start <= offset && offset < c.end && (!innermost || c.start >= innermost.start)) innermost = c;
    return innermost?.methods.get(name) ?? [];
  }

  private index(): NonNullable<typeof this.classes> {
    const classes = this.file.root.descendantsOfType(['class_declaration', 'trait_declaration']).filter((c): c is Node => c !== null);
    const entries = classes.map((c) => ({ start: c.startIndex, end: c.endIndex, methods: new Map<string, Node[]>() }));
    for (const method of this.file.root.descendantsOfType('method_declaration')) {
      const name = method?.childForFieldName('name')?.text.toLowerCase();
      if (!method || !name) continue;
      // A method belongs to the innermost class around it (anonymous classes have other node types).
      let owner: (typeof entries)[number] | undefined;
      for (const c of entries) if (c.start <= method.startIndex && method.endIndex <= c.end && (!owner || c.start >= owner.start)) owner = c;
      if (!owner) continue;
      const list = owner.methods.get(name);
      if (list) list.push(method);
      else owner.methods.set(name, [method]);
    }
    return entries;
  }
}

/** The function or same-class method a call runs, when it is declared in this file. */
function helperDeclaration(file: PhpFile, methods: ClassMethods, call: Node): readonly Node[] {
  const name = calledName(call);
  if (!name) return [];
  if (call.type === 'function_call_expression') {
    const fn = file.functions.get(name);
    return fn ? [fn] : [];
  }
  const target = callTarget(call);
  const self = call.type === 'scoped_call_expression' ? /^(self|static)$/i.test(target?.text ?? '') : variableName(target) === 'this';
  if (!self) return [];
  return methods.named(call.startIndex, name);
}
