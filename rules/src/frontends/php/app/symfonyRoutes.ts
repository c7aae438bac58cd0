import type { Node } from 'web-tree-sitter';
import type { RouteInfo } from '../../../model/lifecycleFacts';
import type { TextRange } from '../../../model/range';
import type { PhpFile } from '../fileContext';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import { joinRouteSegments } from '../../../routePaths';

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
 * `@Route("/admin")` prefix. Undefined for a method with neither.
 */
export function symfonyRouteOf(file: PhpFile, method: Node): SymfonyRoute | undefined {
  const own = declaredRoute(method);
  if (!own) return undefined;
  const declaration = file.classAt(method.startIndex)?.node;
  const prefix = declaration ? declaredRoute(declaration)?.path ?? '' : '';
  const path = own.path === undefined ? undefined : joinRouteSegments(prefix, own.path);
  const method_ = own.methods.length > 0 ? own.methods.map((m) => m.toUpperCase()).join(',') : 'ANY';
  return { info: { method: method_, path, range: own.range, pathRange: own.range }, name: own.name };
}

/** The route an attribute or a docblock on a class or method declares. */
function declaredRoute(declaration: Node): Declared | undefined {
  const attributes = declaration.childForFieldName('attributes') ?? declaration.namedChildren.find((c) => c?.type === 'attribute_list') ?? undefined;
  for (const attribute of attributes ? attributes.descendantsOfType('attribute') : []) {
    if (attribute && /(^|\\)Route$/.test(namedChildren(attribute)[0]?.text ?? '')) return fromAttribute(attribute);
  }
  const docblock = docblockOf(declaration);
  return docblock ? fromAnnotation(docblock) : undefined;
}

function fromAttribute(attribute: Node): Declared {
  const args = callArguments(attribute, true);
  const pathNode = args.positional[0] ?? args.named.get('path');
  const nameNode = args.named.get('name');
  const methodsNode = args.named.get('methods');
  const methods = methodsNode ? strings(methodsNode) : [];
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
function fromAnnotation(comment: Node): Declared | undefined {
  const text = comment.text;
  const start = annotationStart(text);
  if (start < 0) return undefined;
  const scanner = new AnnotationScanner(text, text.indexOf('(', start) + 1);
  let path: string | undefined;
  let name: string | undefined;
  let methods: string[] = [];
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

/** Where `@Route(` (or `@Symfony\…\Route(`) starts in a docblock; -1 when it has none. */
function annotationStart(text: string): number {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < text.length && /[\w\\]/.test(text[end]!)) end++;
    const tag = text.slice(at + 1, end);
    if ((tag === 'Route' || tag.endsWith('\\Route')) && text[end] === '(') return at;
  }
  return -1;
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
