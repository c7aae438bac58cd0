import type { Node } from 'web-tree-sitter';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import type { CookieAttributes, CookieWriteFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import { absent, envValue, known, unknown, type Value } from '../../../model/value';
import { factValue, type PhpAdapter, type PhpAdapterContext } from '../adapterContext';
import { insertIntoList, listLayout, phpString, removeListItem, sameSiteText } from '../edits';
import { callArguments, quoteOf, rangeOf, type CallArguments } from '../syntax';
import { arrayEntry, truthy, type PhpArray, type PhpScalar, type PhpValue } from '../values';

/** setcookie()/setrawcookie() options-array keys and positional parameters (index, named-argument name). */
const OPTION_KEYS: Partial<Record<OptionKey, string>> = { maxAge: 'expires', path: 'path', domain: 'domain', secure: 'secure', httpOnly: 'httponly', sameSite: 'samesite' };
const POSITIONS: Partial<Record<OptionKey, number>> = { maxAge: 2, path: 3, domain: 4, secure: 5, httpOnly: 6 };
const PARAMETER_NAMES = ['name', 'value', 'expires_or_options', 'path', 'domain', 'secure', 'httponly'];

/** One attribute as written in the call: where its value is, for edits. */
interface Written {
  readonly value: PhpValue;
  readonly valueNode: Node;
  readonly place: Node;
}

/**
 * setcookie() and setrawcookie(), in the positional form (name, value, expires, path, domain,
 * secure, httponly), with named arguments, and in the options-array form (PHP ≥ 7.3, the only
 * one that can set SameSite). Defaults: no Secure, no HttpOnly, no SameSite, a browser-session cookie.
 */
export const setcookieAdapter: PhpAdapter = {
  name: 'php-setcookie',
  collect(context) {
    for (const call of [...context.file.callsTo('setcookie'), ...context.file.callsTo('setrawcookie')]) {
      const fact = setcookieFact(context, call);
      if (fact) context.facts.push(fact);
    }
  },
};

function setcookieFact(context: PhpAdapterContext, call: Node): CookieWriteFact | undefined {
  const { resolver, file } = context;
  const args = callArguments(call);
  if (args.spread) return undefined;
  const at = (index: number): Node | undefined => args.positional[index] ?? args.named.get(PARAMETER_NAMES[index]!);
  const nameNode = at(0);
  if (!nameNode) return undefined;
  const thirdNode = at(2);
  const third = thirdNode ? resolver.resolve(thirdNode) : undefined;
  const optionsForm = third?.kind === 'array';
  // setcookie('x', $v, $options) with $options unresolved: it may be an options array.
  const opaque = !!thirdNode && !optionsForm && third?.kind !== 'literal' && third?.kind !== 'time' && args.positional.length === 3 && args.named.size === 0;
  const written = new Map<OptionKey, Written>();
  if (optionsForm) {
    for (const [key, optionKey] of Object.entries(OPTION_KEYS) as [OptionKey, string][]) {
      const entry = arrayEntryCaseInsensitive(third, optionKey);
      if (entry) written.set(key, { value: entry.value, valueNode: entry.valueNode, place: entry.element });
    }
  } else if (!opaque) {
    for (const [key, index] of Object.entries(POSITIONS) as [OptionKey, number][]) {
      const node = at(index);
      if (node) written.set(key, { value: resolver.resolve(node), valueNode: node, place: node });
    }
  }
  const complete = optionsForm ? third.complete : !opaque;
  const valueNode = at(1);
  const cookieValue = valueNode ? resolver.resolve(valueNode) : ({ kind: 'literal', value: '', node: call } as const);
  const { cookie, clearing } = setcookieAttributes(context, written, complete, nameNode, cookieValue);
  const quote = quoteOf(nameNode) ?? "'";
  const fact: CookieWriteFact = {
    kind: 'cookie-write',
    library: 'php-setcookie',
    range: rangeOf(call),
    // The argument as written at the call: a shared `$options` array is not where this cookie is set.
    optionsRange: optionsForm && thirdNode ? rangeOf(thirdNode) : args.node ? rangeOf(args.node) : rangeOf(call),
    cookie,
    clearing,
    optionName: (key) => (args.named.size > 0 && !optionsForm ? key.toLowerCase() : `'${OPTION_KEYS[key] ?? key}'`),
    editor: setcookieEditor({ text: file.text, args, optionsForm: optionsForm ? third : undefined, written, quote, nameNode }),
  };
  return fact;
}

function arrayEntryCaseInsensitive(array: PhpArray, key: string): { value: PhpValue; valueNode: Node; element: Node } | undefined {
  const exact = arrayEntry(array, key);
  if (exact) return exact;
  for (let i = array.entries.length - 1; i >= 0; i--) {
    const entry = array.entries[i]!;
    if (typeof entry.key === 'string' && entry.key.toLowerCase() === key) return entry;
  }
  return undefined;
}

const asText = (v: PhpScalar): string | undefined => (v === null ? '' : typeof v === 'boolean' ? (v ? '1' : '') : String(v));

function setcookieAttributes(context: PhpAdapterContext, written: ReadonlyMap<OptionKey, Written>, complete: boolean, nameNode: Node, cookieValue: PhpValue): { cookie: CookieAttributes; clearing: boolean } {
  const read = <T>(key: OptionKey, convert: (v: PhpScalar) => T | undefined, defaultValue: T | undefined): Value<T> => {
    const write = written.get(key);
    if (!write) return complete ? absent(defaultValue) : unknown();
    return factValue(write.value, write.valueNode, rangeOf(write.place), convert);
  };
  // An empty value makes PHP send an expired "deleted" cookie.
  let clearing = cookieValue.kind === 'literal' && (cookieValue.value === '' || cookieValue.value === null || cookieValue.value === false);
  let maxAge: Value<number | null> = complete ? absent<number | null>(null) : unknown();
  const expires = written.get('maxAge');
  if (expires) {
    const place = rangeOf(expires.place);
    const value = expires.value;
    if (value.kind === 'time') {
      const offset = value.offset;
      if (offset === 'past' || offset <= 0) clearing = true;
      maxAge = offset === 'past' ? unknown(rangeOf(value.node), place) : known(offset, rangeOf(value.node), place);
    } else if (value.kind === 'literal' && typeof value.value === 'number') {
      // 0: a browser-session cookie; any other number is a Unix timestamp.
      if (value.value === 0) maxAge = known(null, rangeOf(value.node), place);
      else {
        if (value.value < Date.UTC(2000, 0, 1) / 1000) clearing = true;
        maxAge = unknown(rangeOf(value.node), place);
      }
    } else maxAge = factValue<number | null>(expires.value, expires.valueNode, place, () => undefined);
  }
  const name = context.resolver.resolve(nameNode);
  const samesitePath = written.get('path');
  let sameSite = read('sameSite', (v) => (typeof v === 'string' ? v.toLowerCase() : undefined), undefined);
  let path = read('path', asText, undefined);
  // Before PHP 7.3 SameSite was smuggled into the path: '/; samesite=strict'.
  if (samesitePath?.value.kind === 'literal' && typeof samesitePath.value.value === 'string') {
    const smuggled = /;\s*samesite=([a-z]+)/i.exec(samesitePath.value.value);
    if (smuggled && sameSite.kind === 'absent') sameSite = known(smuggled[1]!.toLowerCase(), rangeOf(samesitePath.value.node), rangeOf(samesitePath.place));
    // The path is what comes before the smuggled attribute: '/' here, so no fix rewrites it (and drops the SameSite).
    if (smuggled) path = known(samesitePath.value.value.slice(0, smuggled.index).trim(), rangeOf(samesitePath.value.node), rangeOf(samesitePath.place));
  }
  return {
    cookie: {
      name: name.kind === 'literal' && typeof name.value === 'string' ? known(name.value, rangeOf(name.node)) : name.kind === 'env' ? envValue(name.source, rangeOf(nameNode)) : unknown(rangeOf(nameNode)),
      httpOnly: read('httpOnly', truthy, false),
      secure: read('secure', truthy, false),
      sameSite,
      maxAge,
      domain: read('domain', asText, undefined),
      path,
    },
    clearing,
  };
}

interface EditorInput {
  readonly text: string;
  readonly args: CallArguments;
  readonly optionsForm: PhpArray | undefined;
  readonly written: ReadonlyMap<OptionKey, Written>;
  readonly quote: "'" | '"';
  readonly nameNode: Node;
}

function render(key: OptionKey, value: FixValue, quote: "'" | '"'): string | undefined {
  switch (value.type) {
    case 'boolean':
      return String(value.value);
    case 'string':
      return phpString(key === 'sameSite' ? sameSiteText(value.value) : value.value, quote);
    case 'duration':
      return key === 'maxAge' ? `time() + ${Math.round(value.seconds)}` : undefined;
    case 'env':
      return `getenv(${phpString(value.name, quote)})`;
  }
}

/**
 * Edits for setcookie(): replace a written value; add an entry to the options array; add a
 * named argument; or turn the positional form into the options-array form, keeping the
 * arguments as written, to add what the positional form cannot say (SameSite).
 */
function setcookieEditor(input: EditorInput): FactEditor {
  const { text, args, optionsForm, written, quote } = input;
  // Capture plain data now: the tree is gone when an editor runs.
  const replaceRanges = new Map<OptionKey, TextRange>([...written].map(([key, w]) => [key, rangeOf(w.valueNode)]));
  const removals = new Map<OptionKey, TextEdit[]>();
  for (const [key, w] of written) {
    if (optionsForm && w.place.type === 'array_element_initializer') removals.set(key, removeListItem(text, w.place));
    else if (!optionsForm) removals.set(key, [{ range: rangeOf(w.valueNode), newText: "''" }]);
  }
  const arrayLayout = optionsForm?.node ? listLayout(optionsForm.node, ['array_element_initializer']) : undefined;
  const argumentLayout = args.node ? listLayout(args.node, ['argument']) : undefined;
  const positionalTexts = args.positional.map((n) => n.text);
  const positionalRanges = args.positional.map(rangeOf);
  const named = args.named.size > 0;
  const nameRange = input.nameNode.type === 'string' || input.nameNode.type === 'encapsed_string' ? rangeOf(input.nameNode) : undefined;

  const toOptionsArray = (key: OptionKey, valueText: string): TextEdit[] | undefined => {
    if (named || !argumentLayout) return undefined;
    const entries: string[] = [];
    for (const [optionKey, index] of Object.entries(POSITIONS) as [OptionKey, number][]) {
      const existing = positionalTexts[index];
      if (existing !== undefined && optionKey !== key) entries.push(`${phpString(OPTION_KEYS[optionKey]!, quote)} => ${existing}`);
    }
    entries.push(`${phpString(OPTION_KEYS[key]!, quote)} => ${valueText}`);
    const array = `[${entries.join(', ')}]`;
    if (positionalTexts.length <= 2) {
      const prefix = positionalTexts.length === 1 ? `${phpString('', quote)}, ` : '';
      return insertIntoList(text, argumentLayout, `${prefix}${array}`);
    }
    const from = positionalRanges[2]!.start;
    const to = positionalRanges[positionalRanges.length - 1]!.end;
    return [{ range: { start: from, end: to }, newText: array }];
  };

  return {
    setOption(key, value) {
      if (key === 'name') return nameRange && value.type === 'string' ? [{ range: nameRange, newText: phpString(value.value, quote) }] : undefined;
      const valueText = render(key, value, quote);
      const optionKey = OPTION_KEYS[key];
      if (valueText === undefined || !optionKey) return undefined;
      const existing = replaceRanges.get(key);
      if (existing) return [{ range: existing, newText: valueText }];
      if (optionsForm) return arrayLayout ? insertIntoList(text, arrayLayout, `${phpString(optionKey, quote)} => ${valueText}`) : undefined;
      const position = POSITIONS[key];
      if (named && position !== undefined && argumentLayout) return insertIntoList(text, argumentLayout, `${PARAMETER_NAMES[position]}: ${valueText}`);
      // The next positional argument: append it rather than rewrite the call.
      if (!named && position !== undefined && position === positionalTexts.length && argumentLayout) return insertIntoList(text, argumentLayout, valueText);
      return toOptionsArray(key, valueText);
    },
    removeOption(key) {
      return removals.get(key);
    },
  };
}
