import * as assert from 'node:assert/strict';
import { exactRangeOfSpan, textOf, tokenizeCookieString, type SourceChar } from '../../../../rules/dist/frontends/js/adapters/cookieString';
import { readCookieString } from '../../../../rules/dist/frontends/js/adapters/cookieStringValues';
import type { StringPart } from '../../../../rules/dist/frontends/js/adapters/stringParts';

/** Characters of a verbatim string starting at file offset `offset`. */
function verbatim(text: string, offset = 0): SourceChar[] {
  return [...text].map((char, i) => ({ char, offset: offset + i, from: { start: offset, end: offset + text.length } }));
}

const hole: SourceChar = { char: '\u0000', offset: -1, from: { start: 100, end: 110 }, hole: { source: 'value', env: false } };

describe('cookie string tokenizer', () => {
  it('splits name, value and attributes, trimming spaces', () => {
    const tokens = tokenizeCookieString(verbatim('sid = abc ;  Path=/ ; HttpOnly;Max-Age= 60'));
    assert.equal(textOf(tokens.chars, tokens.name), 'sid');
    assert.equal(textOf(tokens.chars, tokens.value), 'abc');
    assert.deepEqual(tokens.attributes.map((a) => [a.key, a.value && textOf(tokens.chars, a.value)]), [['path', '/'], ['httponly', undefined], ['max-age', '60']]);
  });

  it('keeps = inside values and skips empty attributes', () => {
    const tokens = tokenizeCookieString(verbatim('data=a=b==; ; Domain=example.com'));
    assert.equal(textOf(tokens.chars, tokens.value), 'a=b==');
    assert.equal(tokens.attributes.length, 1);
  });

  it('reads a pair without = as a nameless cookie', () => {
    const tokens = tokenizeCookieString(verbatim('justavalue; Secure'));
    assert.equal(textOf(tokens.chars, tokens.name), '');
    assert.equal(textOf(tokens.chars, tokens.value), 'justavalue');
  });

  it('never splits on a hole and marks attribute names with holes as unknown keys', () => {
    const tokens = tokenizeCookieString([...verbatim('sid='), hole, ...verbatim('; '), hole, ...verbatim('; Secure')]);
    assert.equal(tokens.attributes.length, 2);
    assert.equal(tokens.attributes[0]!.key, undefined);
    assert.equal(tokens.attributes[1]!.key, 'secure');
  });

  it('gives exact ranges only for adjacent verbatim characters', () => {
    const tokens = tokenizeCookieString(verbatim('a=1; Domain=x.com', 10));
    const domain = tokens.attributes[0]!;
    assert.deepEqual(exactRangeOfSpan(tokens.chars, domain.segment), { start: 13, end: 27 });
    const mixed = tokenizeCookieString([...verbatim('a=1; Domain=', 10), ...verbatim('x.com', 50)]);
    assert.deepEqual(exactRangeOfSpan(mixed.chars, mixed.attributes[0]!.value!), { start: 50, end: 55 });
    assert.equal(exactRangeOfSpan(mixed.chars, mixed.attributes[0]!.segment), undefined);
  });
});

describe('cookie string values', () => {
  const text = (t: string, offset = 0): StringPart => ({ kind: 'text', text: t, offset, from: { start: offset, end: offset + t.length } });

  it('expands env alternatives into env attribute values', () => {
    const env: StringPart = {
      kind: 'expression',
      value: { kind: 'env', source: 'isProd', candidates: [], node: undefined as never, file: undefined as never },
      from: { start: 20, end: 30 },
      source: 'isProd',
    };
    const reading = readCookieString({ parts: [text('sid=1'), env], range: { start: 0, end: 30 }, quote: "'" });
    // An env value without candidates is a hole in the value of the pair: attributes are still read.
    assert.equal(reading.cookie.secure.kind, 'absent');
  });

  it('decides Expires against the given time', () => {
    const built = { parts: [text('a=1; Expires=Wed, 01 Jan 2020 00:00:00 GMT')], range: { start: 0, end: 40 }, quote: "'" };
    assert.equal(readCookieString(built, Date.UTC(2019, 0, 1)).clearing, false);
    assert.equal(readCookieString(built, Date.UTC(2021, 0, 1)).clearing, true);
    const maxAge = readCookieString(built, Date.UTC(2019, 11, 31)).cookie.maxAge;
    assert.ok(maxAge.kind === 'known' && maxAge.value === 24 * 3600);
  });
});
