import type { Node } from 'web-tree-sitter';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import type { TextRange } from '../../../model/range';
import type { PhpFile } from '../fileContext';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import { joinRouteSegments } from '../../../routePaths';
import { importsOf, namespaceOf, qualify } from './phpNames';

/** FOSRestBundle's route annotations and attributes: `Route`, and one per method whose name is the method (`@Rest\Post`). */
const FOS_REST_ROUTE = /^FOS\\RestBundle\\Controller\\Annotations\\(Route|Get|Post|Put|Patch|Delete|Head|Options)$/i;

/** Tells which tags declare a route, and the method a FOSRest verb tag implies; undefined for other tags (`@SWG\Post`). */
type RouteTag = (tag: string) => { readonly implied: readonly string[] } | undefined;

/** A Symfony controller action's route: its path (with the class prefix), methods and name. */
export interface SymfonyRoute {
  readonly info: RouteInfo;
  /** `name: 'app_login'` / `name="app_login"`: what security.yaml's `logout.path` and `redirectToRoute()` refer to. */
  readonly name: string | undefined;
}

/** What a route declaration says, before the class prefix is applied. */
interface Declared {
  readonly path: string | undefined;
  readonly name: string | undefined;
  readonly methods: readonly string[];
  /** Where findings about the route sit: the attribute, or the `@Route(…)` part of the docblock. */
  readonly range: TextRange;
}

/**
 * The route of a controller method: a `#[Route('/login', name: 'app_login', methods: ['POST'])]`
 * attribute (Symfony ≥ 5.2) or a `@Route("/logout", name="user_logout")` annotation in the method's
 * docblock (Symfony ≤ 6 with doctrine/annotations), joined to the class's own `#[Route('/admin')]` /
 * `@Route("/admin")` prefix. Undefined for a method with neither. FOSRestBundle's `@Rest\Post("/api/login")`
 * and `#[Rest\Post('/api/login')]` (its annotations imported under any alias) are routes too, with the
 * method their name says.
 */
export function symfonyRouteOf(file: PhpFile, method: Node): SymfonyRoute | undefined {
  const tag = routeTags(file);
  const own = declaredRoute(method, tag);
  if (!own) return undefined;
  const declaration = file.classAt(method.startIndex)?.node;
  const prefix = declaration ? declaredRoute(declaration, tag)?.path ?? '' : '';
  const path = own.path === undefined ? undefined : joinRouteSegments(prefix, own.path);
  const method_ = own.methods.length > 0 ? own.methods.map((m) => m.toUpperCase()).join(',') : 'ANY';
  return { info: { method: method_, path, range: own.range, pathRange: own.range }, name: own.name };
}

/**
 * Symfony's `Route` by its last segment, as before (any `…\Route`); FOSRest's tags by the class the
 * file's imports make of them. The imports are read once per file, when a tag other than Route is met.
 */
function routeTags(file: PhpFile): RouteTag {
  let imports: { readonly map: ReadonlyMap<string, string>; readonly namespace: string } | undefined;
  return (tag) => {
    if (tag === 'Route' || tag.endsWith('\\Route')) return { implied: [] };
    if (!/^[\w\\]+$/.test(tag)) return undefined;
    imports ??= { map: importsOf(file), namespace: namespaceOf(file) };
    const verb = FOS_REST_ROUTE.exec(qualify(tag, imports.map, imports.namespace))?.[1];
    return verb === undefined ? undefined : { implied: /^route$/i.test(verb) ? [] : [verb.toUpperCase()] };
  };
}

/** The route an attribute or a docblock on a class or method declares. */
function declaredRoute(declaration: Node, tag: RouteTag): Declared | undefined {
  const attributes = declaration.childForFieldName('attributes') ?? declaration.namedChildren.find((c) => c?.type === 'attribute_list') ?? undefined;
  for (const attribute of attributes ? attributes.descendantsOfType('attribute') : []) {
    const route = attribute ? tag(namedChildren(attribute)[0]?.text ?? '') : undefined;
    if (attribute && route) return fromAttribute(attribute, route.implied);
  }
  const docblock = docblockOf(declaration);
  return docblock ? fromAnnotation(docblock, tag) : undefined;
}

function fromAttribute(attribute: Node, implied: readonly string[]): Declared {
  const args = callArguments(attribute, true);
  const pathNode = args.positional[0] ?? args.named.get('path');
  const nameNode = args.named.get('name');
  const methodsNode = args.named.get('methods');
  const methods = methodsNode ? strings(methodsNode) : [...implied];
  return { path: pathNode ? stringValue(unwrapParentheses(pathNode)) : undefined, name: nameNode ? stringValue(unwrapParentheses(nameNode)) : undefined, methods, range: rangeOf(attribute) };
}

function strings(node: Node): string[] {
  const target = unwrapParentheses(node);
  if (target.type === 'array_creation_expression') return namedChildren(target).flatMap((element) => namedChildren(element).flatMap(strings));
  const text = stringValue(target);
  return text === undefined ? [] : [text];
}

/** The `/** … *\/` comment right before a declaration (attributes and modifiers are part of the declaration). */
function docblockOf(declaration: Node): Node | undefined {
  const previous = declaration.previousSibling;
  return previous?.type === 'comment' && previous.text.startsWith('/**') ? previous : undefined;
}

/**
 * `@Route("/logout", name="user_logout", methods={"GET","POST"})` inside a docblock. Doctrine
 * annotations are not PHP, so tree-sitter keeps them as comment text: this reads the annotation's
 * argument list with a small scanner (quoted strings, `key=value`, `{…}` lists), not a pattern over
 * the code around it.
 */
function fromAnnotation(comment: Node, tag: RouteTag): Declared | undefined {
  const text = comment.text;
  const found = annotationStart(text, tag);
  if (!found) return undefined;
  const { at: start, implied } = found;
  const scanner = new AnnotationScanner(text, text.indexOf('(', start) + 1);
  let path: string | undefined;
  let name: string | undefined;
  let methods: string[] = [...implied];
  for (;;) {
    scanner.skipSpace();
    if (scanner.done() || scanner.peek() === ')') break;
    const key = scanner.word();
    scanner.skipSpace();
    if (key && scanner.peek() === '=') {
      scanner.next();
      const value = scanner.value();
      if (key === 'path' || key === 'value') path = value[0];
      if (key === 'name') name = value[0];
      if (key === 'methods') methods = value;
    } else if (!key) {
      const value = scanner.value();
      path ??= value[0];
    }
    scanner.skipSpace();
    if (scanner.peek() === ',') scanner.next();
    else if (scanner.peek() !== ')') break;
  }
  const end = Math.min(text.length, scanner.position + 1);
  return { path, name, methods, range: { start: comment.startIndex + start, end: comment.startIndex + end } };
}

/** Where `@Route(` (or `@Symfony\…\Route(`, `@Rest\Post(`) starts in a docblock, and the method its tag implies. */
function annotationStart(text: string, tag: RouteTag): { readonly at: number; readonly implied: readonly string[] } | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < text.length && /[\w\\]/.test(text[end]!)) end++;
    const route = text[end] === '(' ? tag(text.slice(at + 1, end)) : undefined;
    if (route) return { at, implied: route.implied };
  }
  return undefined;
}

/** Reads Doctrine annotation values: `"x"`, `{"a", "b"}`, bare words. */
class AnnotationScanner {
  constructor(
    private readonly text: string,
    public position: number,
  ) {}

  done(): boolean {
    return this.position >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.position];
  }

  next(): void {
    this.position++;
  }

  /** Spaces, newlines and the `*` that starts each docblock line. */
  skipSpace(): void {
    while (!this.done() && /[\s*]/.test(this.text[this.position]!)) this.position++;
  }

  word(): string | undefined {
    const start = this.position;
    while (!this.done() && /\w/.test(this.text[this.position]!)) this.position++;
    return this.position > start ? this.text.slice(start, this.position) : undefined;
  }

  /** A quoted string, a `{…}` list of them, or a bare word, as the strings it holds. */
  value(): string[] {
    this.skipSpace();
    const first = this.peek();
    if (first === '"' || first === "'") return [this.quoted(first)];
    if (first === '{') {
      this.next();
      const values: string[] = [];
      for (;;) {
        this.skipSpace();
        const c = this.peek();
        if (c === undefined || c === '}') break;
        if (c === '"' || c === "'") values.push(this.quoted(c));
        else if (!this.word()) this.next();
      }
      this.next();
      return values;
    }
    const bare = this.word();
    return bare ? [bare] : [];
  }

  private quoted(quote: string): string {
    const start = ++this.position;
    while (!this.done() && this.text[this.position] !== quote) this.position++;
    const value = this.text.slice(start, this.position);
    this.next();
    return value;
  }
}
