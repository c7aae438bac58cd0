import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import type { CookieAttributes, CookieWriteFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import { absent, known, unknown, type Value } from '../../../model/value';
import type { PhpAdapter } from '../adapterContext';
import { phpString, sameSiteText } from '../edits';
import { parseSetCookie, type HeaderAttribute, type ParsedSetCookie } from '../setCookieHeader';
import { stringTemplate, type StringTemplate } from '../stringTemplate';
import { callArguments, rangeOf } from '../syntax';

const ATTRIBUTE_NAMES: Partial<Record<OptionKey, string>> = {
  httpOnly: 'HttpOnly',
  secure: 'Secure',
  sameSite: 'SameSite',
  maxAge: 'Max-Age',
  domain: 'Domain',
  path: 'Path',
};

/** `header('Set-Cookie: sid=…; HttpOnly; Secure')`: a cookie written as a raw header. */
export const headerCookieAdapter: PhpAdapter = {
  name: 'set-cookie-header',
  collect(context) {
    for (const call of context.file.callsTo('header')) {
      const args = callArguments(call);
      const headerNode = args.positional[0] ?? args.named.get('header');
      if (!headerNode) continue;
      const template = stringTemplate(context.resolver, headerNode);
      const parsed = template && parseSetCookie(template, true);
      if (!template || !parsed) continue;
      const fallback = rangeOf(headerNode);
      const { cookie, clearing } = headerAttributes(parsed, fallback);
      const fact: CookieWriteFact = {
        kind: 'cookie-write',
        library: 'set-cookie-header',
        range: rangeOf(call),
        optionsRange: fallback,
        cookie,
        clearing,
        optionName: (key) => ATTRIBUTE_NAMES[key] ?? key,
        editor: headerEditor(parsed, template),
      };
      context.facts.push(fact);
    }
  },
};

function attribute(parsed: ParsedSetCookie, name: string): HeaderAttribute | undefined {
  for (let i = parsed.attributes.length - 1; i >= 0; i--) if (parsed.attributes[i]!.name === name) return parsed.attributes[i];
  return undefined;
}

/** The cookie attributes a Set-Cookie header string sets; a missing one is absent only when the whole header is known. */
export function headerAttributes(parsed: ParsedSetCookie, fallback: TextRange): { cookie: CookieAttributes; clearing: boolean } {
  const missing = <T>(defaultValue: T | undefined): Value<T> => (parsed.complete ? absent(defaultValue) : unknown());
  const at = (a: HeaderAttribute): TextRange => a.range ?? fallback;
  const flag = (name: string): Value<boolean> => {
    const a = attribute(parsed, name);
    return a ? known(true, at(a), at(a)) : missing(false);
  };
  const text = (name: string, map: (v: string) => string = (v) => v): Value<string> => {
    const a = attribute(parsed, name);
    if (!a) return missing<string>(undefined);
    return a.value === undefined ? unknown(at(a), at(a)) : known(map(a.value), a.valueRange ?? at(a), at(a));
  };
  let clearing = false;
  let maxAge: Value<number | null> = missing<number | null>(null);
  const maxAgeAttribute = attribute(parsed, 'max-age');
  const expires = attribute(parsed, 'expires');
  if (maxAgeAttribute) {
    const seconds = maxAgeAttribute.value !== undefined && /^-?\d+$/.test(maxAgeAttribute.value.trim()) ? Number(maxAgeAttribute.value) : undefined;
    if (seconds !== undefined && seconds <= 0) clearing = true;
    maxAge = seconds === undefined ? unknown(at(maxAgeAttribute), at(maxAgeAttribute)) : known(seconds, maxAgeAttribute.valueRange ?? at(maxAgeAttribute), at(maxAgeAttribute));
  } else if (expires) {
    const date = expires.value !== undefined ? Date.parse(expires.value) : Number.NaN;
    if (!Number.isNaN(date) && date < Date.UTC(2000, 0, 1)) clearing = true;
    maxAge = unknown(at(expires), at(expires));
  }
  const name: Value<string> = parsed.name !== undefined ? known(parsed.name, parsed.nameRange ?? fallback) : unknown();
  return {
    cookie: {
      name,
      httpOnly: flag('httponly'),
      secure: flag('secure'),
      sameSite: text('samesite', (v) => v.toLowerCase()),
      maxAge,
      domain: text('domain'),
      path: text('path'),
    },
    clearing,
  };
}

function attributeText(key: OptionKey, value: FixValue): string | undefined {
  if (key === 'httpOnly' || key === 'secure') return value.type === 'boolean' && value.value ? ATTRIBUTE_NAMES[key] : undefined;
  if (key === 'sameSite' && value.type === 'string') return `SameSite=${sameSiteText(value.value)}`;
  if (key === 'maxAge' && value.type === 'duration') return `Max-Age=${Math.round(value.seconds)}`;
  if ((key === 'path' || key === 'domain') && value.type === 'string') return `${ATTRIBUTE_NAMES[key]}=${value.value}`;
  return undefined;
}

function valueText(key: OptionKey, value: FixValue): string | undefined {
  if (key === 'sameSite' && value.type === 'string') return sameSiteText(value.value);
  if (key === 'maxAge' && value.type === 'duration') return String(Math.round(value.seconds));
  if ((key === 'path' || key === 'domain' || key === 'name') && value.type === 'string') return value.value;
  return undefined;
}

/** Edits inside the header string: replace an attribute's value, append a missing attribute, drop one. */
export function headerEditor(parsed: ParsedSetCookie, template: StringTemplate): FactEditor {
  const append = (text: string): TextEdit[] =>
    template.appendAt !== undefined
      ? [{ range: { start: template.appendAt, end: template.appendAt }, newText: `; ${text}` }]
      : [{ range: { start: template.range.end, end: template.range.end }, newText: ` . ${phpString(`; ${text}`, "'")}` }];
  return {
    setOption(key, value) {
      if (key === 'name') {
        const text = valueText(key, value);
        return text !== undefined && parsed.nameRange ? [{ range: parsed.nameRange, newText: text }] : undefined;
      }
      const headerName = ATTRIBUTE_NAMES[key]?.toLowerCase();
      if (!headerName) return undefined;
      const existing = attribute(parsed, headerName);
      if (existing) {
        const text = valueText(key, value);
        return existing.hasValue && existing.valueRange && text !== undefined ? [{ range: existing.valueRange, newText: text }] : undefined;
      }
      if (!parsed.complete) return undefined;
      const text = attributeText(key, value);
      return text === undefined ? undefined : append(text);
    },
    removeOption(key) {
      const headerName = ATTRIBUTE_NAMES[key]?.toLowerCase();
      const existing = headerName ? attribute(parsed, headerName) : undefined;
      return existing?.segmentRange ? [{ range: existing.segmentRange, newText: '' }] : undefined;
    },
  };
}
