import type { SecretFact, LibraryId } from '../../../model/facts';
import type { OptionKey } from '../../../model/edit';
import type { AdapterContext } from '../adapterContext';
import type { Node } from '../ast';
import type { FactEditor, TextEdit } from '../../../model/edit';
import { fromJsValue, asString, rangeOfNode } from '../optionValues';
import type { ObjectEntry, JsValue } from '../values';
import { newlineOf } from '../../textLayout';

/**
 * Secret facts from a secret option: a string, or an array of them (key rotation: the first signs,
 * every one verifies, so each one matters). `Buffer.from('…')` resolves to its literal.
 */
export function secretFacts(
  context: AdapterContext,
  library: LibraryId,
  purpose: SecretFact['purpose'],
  optionName: string,
  value: JsValue,
  entry: ObjectEntry | undefined,
  at: Node,
  optionNames: (key: OptionKey) => string,
): SecretFact[] {
  const file = context.file;
  const optionRange = entry?.property && entry.file === file ? rangeOfNode(entry.property) : undefined;
  const fallback = optionRange ?? rangeOfNode(at);
  const make = (element: JsValue, option: string): SecretFact => ({
    kind: 'secret',
    library,
    purpose,
    option,
    value: fromJsValue(file, element, asString, undefined, fallback, optionRange),
    range: rangeOfNode(at),
    editor: replaceLiteralEditor(context, element, at),
    optionName: optionNames,
  });
  if (value.kind === 'array') return value.elements.map((element, i) => make(element, `${optionName}[${i}]`));
  return [make(value, optionName)];
}

/** Replaces a literal secret in this file with an environment variable read. */
function replaceLiteralEditor(context: AdapterContext, value: JsValue, use: Node): FactEditor | undefined {
  const literal = value.kind === 'env' && value.fallback ? value.fallback : value;
  if (literal.kind !== 'literal' || literal.file !== context.file) return undefined;
  const target = value.kind === 'env' ? value.node : literal.node;
  return {
    setOption(key, fix) {
      if (key !== 'secret' || fix.type !== 'env') return undefined;
      const replace: TextEdit = { range: rangeOfNode(target), newText: `process.env.${fix.name}` };
      // Fail fast at start-up instead of signing with `undefined`.
      const statement = enclosingStatement(context, use);
      if (!statement) return [replace];
      const text = context.file.text;
      const start = statementStart(statement);
      let lineStart = start;
      while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
      const indent = text.slice(lineStart, start);
      const newline = newlineOf(text);
      const check = `if (!process.env.${fix.name}) throw new Error('${fix.name} is not set');${newline}${indent}`;
      return [{ range: { start, end: start }, newText: check }, replace];
    },
  };
}

/** Where a statement starts, counting decorators written before `export` (`@Module({…}) export class …`). */
function statementStart(statement: Node): number {
  const declared = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
  const decorators = declared && (declared.type === 'ClassDeclaration' || declared.type === 'ClassExpression') ? declared.decorators : [];
  return Math.min(statement.range[0], ...decorators.map((decorator) => decorator.range[0]));
}

function enclosingStatement(context: AdapterContext, node: Node): Node | undefined {
  let current: Node | undefined = node;
  while (current) {
    const parent = context.file.parentOf(current);
    if (parent && (parent.type === 'Program' || parent.type === 'BlockStatement') && current.type !== 'ExportDefaultDeclaration' && !current.type.startsWith('Export')) return current;
    if (parent && (parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportDefaultDeclaration')) return parent;
    current = parent;
  }
  return undefined;
}

/** `keys: new Keygrip(['a', 'b'])` signs with the array it was given. */
export function keygripKeys(context: AdapterContext, value: JsValue): JsValue {
  if (value.kind !== 'instance' || value.of.kind !== 'module' || value.of.module !== 'keygrip') return value;
  const first = value.args[0];
  return first && first.type !== 'SpreadElement' ? context.resolver.resolve(first, value.file) : value;
}
