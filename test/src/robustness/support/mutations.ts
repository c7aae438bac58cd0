import fc from 'fast-check';

/**
 * Ways a file's text gets damaged while a person types, pastes or saves it with the wrong
 * encoding, as data (so a failing case prints readably and replays from its seed). Positions are
 * raw numbers taken modulo the text length when the mutation is applied.
 */
export type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'delete-range'; readonly at: number; readonly length: number }
  | { readonly kind: 'byte-edits'; readonly edits: readonly { readonly at: number; readonly op: 'set' | 'insert' | 'delete'; readonly byte: number }[] }
  | { readonly kind: 'delete-brackets'; readonly picks: readonly number[] }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'reencode'; readonly at: number; readonly length: number; readonly encoding: 'latin1-mojibake' | 'utf16le' | 'utf16be-bom' | 'bom' | 'lone-surrogates' }
  | { readonly kind: 'line-endings'; readonly style: 'crlf' | 'cr' | 'mixed' | 'tabs' }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly kind: 'splice'; readonly donor: number; readonly from: number; readonly length: number; readonly at: number }
  | { readonly kind: 'replace-word'; readonly pick: number; readonly replacement: string };

/** Tokens that open or close constructs in one of the languages, or that the frontends look for. */
export const INTERESTING_TOKENS: readonly string[] = [
  '{', '}', '(', ')', '[', ']', '<', '>', '`', '${', '"', "'", '\\', '/*', '*/', '//', '/', '#', ';', ',', '.', '...', '=>', '?.', '??', '||', '&&', '?', ':', '=',
  '<?php', '?>', '<<<EOT\n', '\nEOT;\n', '$', '->', '::', '@', 'new ', 'function ', 'class ', 'return ', 'await ', 'async ', 'yield ', 'import ', 'export ', 'require(',
  'session(', 'session_start(', 'ini_set(', 'setcookie(', 'res.cookie(', 'cookie: {', 'httpOnly: ', 'secure: ', 'sameSite: ', 'maxAge: ', 'secret: ', 'jwt.sign(', 'algorithms: ',
  '[Session]', 'session.cookie_httponly = ', 'php_value ', 'php_flag ', 'Header set Set-Cookie ', 'framework:\n  session:\n    ', '- ', ': ', '&anchor ', '*anchor', '!!binary ', '<<: ', '---\n', '|\n', '>-\n',
  '<script>', '</script>', '<script setup lang="ts">', '<template>',
  '\0', '\r', '\n', '\r\n', '\t', '\u2028', '\u2029', '\uFEFF', '\u00A0', '\u200B', '😀', '𝒳', '\uD83D', '\uDE00', '\uFFFD',
];

/**
 * Values and expressions that keep most code parseable when they replace a word, a number or a
 * string: they reach the value resolvers and the rules instead of stopping at the parser.
 */
export const REPLACEMENT_VALUES: readonly string[] = [
  'true', 'false', '0', '1', '-1', '1e309', 'NaN', 'Infinity', 'null', 'undefined', 'void 0', '""', "''", "'none'", "'lax'", "'strict'", "'None'", "'auto'",
  'process.env.X', "process.env.NODE_ENV === 'production'", 'x', 'x()', 'x.y', 'x?.y', 'x ?? y', 'x || y', '(a, b)', '[]', '{}', '{ ...o }', '`${a}`', '`a${b}c`',
  'new Date()', 'Date.now()', '3600 * 1000', "'𝒳😀'", "'\\u0000'", 'this', 'await y', 'session', 'cookie', 'secure', 'httpOnly', 'maxAge', 'secret',
  '$x', '$_GET["id"]', 'getenv("X")', 'PHP_INT_MAX', '"On"', '"Off"', 'yes', 'no', '~', '!!str', '&a', '*a',
];

const position = fc.nat({ max: 1_000_000 });

const garbage: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INTERESTING_TOKENS),
  fc.array(fc.constantFrom(...INTERESTING_TOKENS), { minLength: 1, maxLength: 8 }).map((tokens) => tokens.join('')),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'binary-ascii', maxLength: 24 }),
  // A lone surrogate half: valid in a JavaScript string (and so in an editor buffer), never in UTF-8.
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);

export function mutationArbitrary(donors: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: position }),
    fc.record({ kind: fc.constant('delete-range' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({
      kind: fc.constant('byte-edits' as const),
      edits: fc.array(fc.record({ at: position, op: fc.constantFrom('set' as const, 'insert' as const, 'delete' as const), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
    }),
    fc.record({ kind: fc.constant('delete-brackets' as const), picks: fc.array(position, { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: position, text: garbage }),
    fc.record({
      kind: fc.constant('reencode' as const),
      at: position,
      length: fc.integer({ min: 1, max: 120 }),
      encoding: fc.constantFrom('latin1-mojibake' as const, 'utf16le' as const, 'utf16be-bom' as const, 'bom' as const, 'lone-surrogates' as const),
    }),
    fc.record({ kind: fc.constant('line-endings' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const, 'tabs' as const) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 300 }), to: position }),
    fc.record({ kind: fc.constant('replace-word' as const), pick: position, replacement: fc.constantFrom(...REPLACEMENT_VALUES) }),
    fc.record({ kind: fc.constant('replace-word' as const), pick: position, replacement: fc.constantFrom(...REPLACEMENT_VALUES) }),
    fc.record({ kind: fc.constant('splice' as const), donor: fc.nat({ max: Math.max(0, donors - 1) }), from: position, length: fc.integer({ min: 1, max: 300 }), at: position }),
  );
}

/** One to four mutations, applied in order. */
export function mutationsArbitrary(donors: number): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArbitrary(donors), { minLength: 1, maxLength: 4 });
}

/** Words, numbers and simple quoted strings: what `replace-word` swaps (a test input generator, not analysis). */
const WORD = /[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|'[^'\n\\]*'|"[^"\n\\]*"/g;

const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const BRACKETS = new Set(['(', ')', '[', ']', '{', '}', '<', '>']);

function at(text: string, raw: number): number {
  return raw % (text.length + 1);
}

/** What an editor or the CLI would show for these bytes: UTF-8 decoded leniently (bad bytes become U+FFFD). */
function decodeBytes(bytes: Uint8Array): string {
  return lenientUtf8.decode(bytes);
}

function applyByteEdits(text: string, edits: Extract<Mutation, { kind: 'byte-edits' }>['edits']): string {
  const bytes = [...Buffer.from(text, 'utf8')];
  for (const edit of edits) {
    const index = edit.at % (bytes.length + 1);
    if (edit.op === 'insert') bytes.splice(index, 0, edit.byte);
    else if (index < bytes.length) {
      if (edit.op === 'set') bytes[index] = edit.byte;
      else bytes.splice(index, 1);
    }
  }
  return decodeBytes(Uint8Array.from(bytes));
}

function reencode(span: string, encoding: Extract<Mutation, { kind: 'reencode' }>['encoding']): string {
  switch (encoding) {
    case 'latin1-mojibake':
      // UTF-8 bytes read as Latin-1: "é" becomes "Ã©".
      return Buffer.from(span, 'utf8').toString('latin1');
    case 'utf16le':
      // A UTF-16 file read as UTF-8: NUL bytes between the characters.
      return decodeBytes(Buffer.from(span, 'utf16le'));
    case 'utf16be-bom':
      return decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(span, 'utf16le').swap16()]));
    case 'bom':
      return `\uFEFF${span}`;
    case 'lone-surrogates':
      return [...span].map((c, i) => (i % 3 === 0 ? '\uD800' : c)).join('');
  }
}

export function applyMutation(text: string, mutation: Mutation, donorText: (index: number) => string): string {
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, at(text, mutation.at));
    case 'delete-range': {
      const start = at(text, mutation.at);
      return text.slice(0, start) + text.slice(start + mutation.length);
    }
    case 'byte-edits':
      return applyByteEdits(text, mutation.edits);
    case 'delete-brackets': {
      const brackets: number[] = [];
      for (let i = 0; i < text.length; i++) if (BRACKETS.has(text[i]!)) brackets.push(i);
      if (brackets.length === 0) return text;
      const doomed = new Set(mutation.picks.map((pick) => brackets[pick % brackets.length]!));
      let result = '';
      for (let i = 0; i < text.length; i++) if (!doomed.has(i)) result += text[i];
      return result;
    }
    case 'insert': {
      const index = at(text, mutation.at);
      return text.slice(0, index) + mutation.text + text.slice(index);
    }
    case 'reencode': {
      const start = at(text, mutation.at);
      const end = Math.min(text.length, start + mutation.length);
      return text.slice(0, start) + reencode(text.slice(start, end), mutation.encoding) + text.slice(end);
    }
    case 'line-endings':
      switch (mutation.style) {
        case 'crlf':
          return text.replace(/\r?\n/g, '\r\n');
        case 'cr':
          return text.replace(/\r?\n/g, '\r');
        case 'mixed':
          return text.split(/\r?\n/).map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join('');
        case 'tabs':
          return text.replace(/^ +/gm, (spaces) => '\t'.repeat(Math.ceil(spaces.length / 2)));
      }
      return text;
    case 'duplicate': {
      const start = at(text, mutation.at);
      const span = text.slice(start, start + mutation.length);
      const target = at(text, mutation.to);
      return text.slice(0, target) + span + text.slice(target);
    }
    case 'replace-word': {
      const words = [...text.matchAll(WORD)];
      if (words.length === 0) return text;
      const word = words[mutation.pick % words.length]!;
      return text.slice(0, word.index) + mutation.replacement + text.slice(word.index + word[0].length);
    }
    case 'splice': {
      const donor = donorText(mutation.donor);
      const from = at(donor, mutation.from);
      const index = at(text, mutation.at);
      return text.slice(0, index) + donor.slice(from, from + mutation.length) + text.slice(index);
    }
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[], donorText: (index: number) => string): string {
  return mutations.reduce((current, mutation) => applyMutation(current, mutation, donorText), text);
}
