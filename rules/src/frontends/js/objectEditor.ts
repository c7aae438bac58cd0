import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../model/edit';
import { childrenOf, type Node } from './ast';
import type { FileContext } from './fileContext';
import { getEntry, type JsValue, type ObjectValue } from './values';
import { indentAt, newlineOf } from '../textLayout';

/** How one library spells an option: its path in the options object and how to write a value. */
export interface OptionSyntax {
  /** Path of the option in the options object (`['cookie', 'httpOnly']`); undefined when the library has none. */
  path(key: OptionKey): readonly string[] | undefined;
  /** The option's value as JS source; undefined when this library cannot take that value. */
  render(key: OptionKey, value: FixValue, quote: string): string | undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function propertyName(name: string, quote: string): string {
  return IDENTIFIER.test(name) ? name : `${quote}${name}${quote}`;
}

export function quoteString(value: string, quote: string): string {
  return `${quote}${value.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`)}${quote}`;
}

/** Renders the common neutral values; durations in the unit a library wants. */
export function renderValue(value: FixValue, quote: string, durationUnit: 'ms' | 's' = 'ms'): string {
  switch (value.type) {
    case 'boolean':
      return String(value.value);
    case 'string':
      return quoteString(value.value, quote);
    case 'duration':
      return durationExpression(value.seconds, durationUnit);
    case 'env':
      return `process.env.${value.name}`;
  }
}

/** `8 * 60 * 60 * 1000` reads better than 28800000 in a fix. */
function durationExpression(seconds: number, unit: 'ms' | 's'): string {
  const factor = unit === 'ms' ? ' * 1000' : '';
  if (seconds % 3600 === 0) return `${seconds / 3600} * 60 * 60${factor}`;
  if (seconds % 60 === 0) return `${seconds / 60} * 60${factor}`;
  return `${seconds}${factor}`;
}

/** The quote character the file's options use, so fixes match the code around them. */
export function quoteOf(file: FileContext, object: ObjectValue | undefined): string {
  for (const entry of object?.entries ?? []) {
    const value = entry.value;
    if (value.kind === 'literal' && value.node.type === 'Literal' && typeof value.value === 'string' && value.file === file) {
      return file.text[value.node.range[0]] === '"' ? '"' : "'";
    }
  }
  return fileQuote(file);
}

const fileQuotes = new WeakMap<FileContext, string>();

/** The quote of the file's first string literal (an options object with no strings of its own follows the file). */
function fileQuote(file: FileContext): string {
  let quote = fileQuotes.get(file);
  if (quote) return quote;
  quote = "'";
  const stack: Node[] = [file.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      quote = file.text[node.range[0]] === '"' ? '"' : "'";
      break;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  fileQuotes.set(file, quote);
  return quote;
}

/** Skips spaces, tabs and comments forwards; returns the offset of the next meaningful character. */
function skipTrivia(text: string, offset: number, stopAtNewline = false): number {
  let i = offset;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') i++;
    else if (!stopAtNewline && (c === '\n' || c === '\r')) i++;
    else if (text.startsWith('//', i)) {
      // A line comment ends at the line end; with stopAtNewline, stop there (the comment belongs to this line).
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      if (stopAtNewline) return i;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else break;
  }
  return i;
}

/** Inserts `propertyText` as the last property of an object literal, following its layout. */
export function insertProperty(file: FileContext, object: TSESTree.ObjectExpression, propertyText: string): TextEdit[] {
  const text = file.text;
  const closeBrace = object.range[1] - 1;
  const last = object.properties[object.properties.length - 1];
  if (!last) return [{ range: { start: object.range[0] + 1, end: closeBrace }, newText: ` ${propertyText} ` }];
  const afterLast = skipTrivia(text, last.range[1]);
  const hasComma = text[afterLast] === ',';
  const multiline = /[\r\n]/.test(text.slice(object.range[0], object.properties[0]!.range[0]));
  if (multiline) {
    const indent = indentAt(text, last.range[0]);
    const braceLineStart = closeBrace - indentAt(text, closeBrace).length;
    const braceOnOwnLine = braceLineStart > 0 && (text[braceLineStart - 1] === '\n' || text[braceLineStart - 1] === '\r') && text.slice(braceLineStart, closeBrace).trim() === '';
    const newline = newlineOf(text);
    if (braceOnOwnLine) {
      const edits: TextEdit[] = [{ range: { start: braceLineStart, end: braceLineStart }, newText: `${indent}${propertyText}${hasComma ? ',' : ''}${newline}` }];
      if (!hasComma) edits.unshift({ range: { start: last.range[1], end: last.range[1] }, newText: ',' });
      return edits;
    }
  }
  if (hasComma) return [{ range: { start: afterLast + 1, end: afterLast + 1 }, newText: ` ${propertyText},` }];
  return [{ range: { start: last.range[1], end: last.range[1] }, newText: `, ${propertyText}` }];
}

/** Removes a property and the comma after it, and its whole line when it stands alone on one. */
export function removeProperty(file: FileContext, property: TSESTree.Node): TextEdit[] {
  const text = file.text;
  let end = property.range[1];
  const afterProperty = skipTrivia(text, end, true);
  const hasTrailingComma = text[afterProperty] === ',';
  if (hasTrailingComma) end = afterProperty + 1;
  let start = property.range[0];
  const indent = indentAt(text, start);
  const lineStart = start - indent.length;
  const restOfLine = skipTrivia(text, end, true);
  const standsAlone = (lineStart === 0 || text[lineStart - 1] === '\n') && (text[restOfLine] === '\n' || text[restOfLine] === '\r' || restOfLine >= text.length);
  if (standsAlone) {
    start = lineStart;
    end = text[restOfLine] === '\r' && text[restOfLine + 1] === '\n' ? restOfLine + 2 : restOfLine + 1;
  } else if (!hasTrailingComma) {
    // The last property on a line: take the comma before it, so `{ a: 1, b: 2 }` becomes `{ a: 1 }`.
    let before = start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    if (text[before - 1] === ',') start = before - 1;
    else while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  } else {
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return [{ range: { start, end: Math.min(end, text.length) }, newText: '' }];
}

function nestedText(path: readonly string[], valueText: string, quote: string): string {
  let result = `${propertyName(path[path.length - 1]!, quote)}: ${valueText}`;
  for (let i = path.length - 2; i >= 0; i--) result = `${propertyName(path[i]!, quote)}: { ${result} }`;
  return result;
}

export interface ObjectEditorInput {
  readonly file: FileContext;
  /** The resolved options object; undefined when the call has none. */
  readonly options: JsValue | undefined;
  readonly syntax: OptionSyntax;
  /** Adds a whole options argument when the call has none (`res.cookie(n, v)` → `res.cookie(n, v, { … })`). */
  readonly addOptionsArgument?: (objectText: string) => TextEdit[] | undefined;
}

/** A fact editor for libraries configured with an options object literal. */
export function objectEditor(input: ObjectEditorInput): FactEditor {
  const { file, syntax } = input;
  const options = input.options;
  const quote = quoteOf(file, options?.kind === 'object' ? options : undefined);

  return {
    setOption(key, value) {
      const path = syntax.path(key);
      const valueText = path && syntax.render(key, value, quote);
      if (!path || valueText === undefined) return undefined;
      if (!options || (options.kind === 'literal' && options.value === undefined)) {
        return input.addOptionsArgument?.(`{ ${nestedText(path, valueText, quote)} }`);
      }
      if (options.kind !== 'object') return undefined;
      let current: ObjectValue = options;
      for (let i = 0; i < path.length; i++) {
        const entry = getEntry(current, path[i]!);
        const isLast = i === path.length - 1;
        if (!entry) {
          if (!current.node || current.file !== file) return undefined;
          return insertProperty(file, current.node, nestedText(path.slice(i), valueText, quote));
        }
        if (isLast) {
          const property = entry.property;
          if (!property || entry.file !== file || property.type !== 'Property' || property.shorthand && property.value.type !== 'Identifier') {
            return undefined;
          }
          if (property.shorthand) return [{ range: { start: property.range[0], end: property.range[1] }, newText: `${propertyName(path[i]!, quote)}: ${valueText}` }];
          return [{ range: { start: property.value.range[0], end: property.value.range[1] }, newText: valueText }];
        }
        if (entry.value.kind !== 'object' || entry.value.file !== file) return undefined;
        current = entry.value;
      }
      return undefined;
    },
    removeOption(key) {
      const path = syntax.path(key);
      if (!path || options?.kind !== 'object') return undefined;
      let current: ObjectValue = options;
      for (let i = 0; i < path.length - 1; i++) {
        const entry = getEntry(current, path[i]!);
        if (!entry || entry.value.kind !== 'object') return undefined;
        current = entry.value;
      }
      const entry = getEntry(current, path[path.length - 1]!);
      if (!entry?.property || entry.file !== file) return undefined;
      return removeProperty(file, entry.property);
    },
  };
}
