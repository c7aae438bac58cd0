import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import { exactRangeOfSpan, textOf, type CookieAttributeToken, type CookieStringTokens } from './cookieString';
import type { BuiltString } from './stringParts';

/** How each option is written as a cookie-string attribute, and whether it is a flag. */
const ATTRIBUTES: Partial<Record<OptionKey, { readonly written: string; readonly key: string; readonly flag: boolean }>> = {
  httpOnly: { written: 'HttpOnly', key: 'httponly', flag: true },
  secure: { written: 'Secure', key: 'secure', flag: true },
  sameSite: { written: 'SameSite', key: 'samesite', flag: false },
  maxAge: { written: 'Max-Age', key: 'max-age', flag: false },
  domain: { written: 'Domain', key: 'domain', flag: false },
  path: { written: 'Path', key: 'path', flag: false },
};

/** Attribute values a fix may write into a string literal without escaping anything. */
const SAFE_TEXT = /^[A-Za-z0-9._~!#%&*+^|/:@-]*$/;

/** The attribute as the option names it in messages: `HttpOnly`, `Max-Age`, `cookie name`. */
export function cookieStringOptionName(key: OptionKey): string {
  return key === 'name' ? 'cookie name' : ATTRIBUTES[key]?.written ?? key;
}

function attributeText(key: OptionKey, value: FixValue): string | undefined {
  switch (value.type) {
    case 'boolean':
      return undefined;
    case 'duration':
      return key === 'maxAge' ? String(Math.round(value.seconds)) : undefined;
    case 'string': {
      const text = key === 'sameSite' ? value.value.charAt(0).toUpperCase() + value.value.slice(1).toLowerCase() : value.value;
      return SAFE_TEXT.test(text) ? text : undefined;
    }
    case 'env':
      return undefined;
  }
}

function last(tokens: CookieStringTokens, key: string): CookieAttributeToken | undefined {
  for (let i = tokens.attributes.length - 1; i >= 0; i--) if (tokens.attributes[i]!.key === key) return tokens.attributes[i];
  return undefined;
}

/**
 * Edits a cookie string in place: appends `; HttpOnly` before the closing quote of its last
 * literal part (or `+ '; HttpOnly'` after a trailing expression), replaces an attribute's value
 * when the source holds it verbatim, and removes an attribute with the `;` before it.
 */
export function cookieStringEditor(built: BuiltString, tokens: CookieStringTokens, httpOnlySettable: boolean): FactEditor {
  const chars = tokens.chars;

  const append = (attribute: string): TextEdit[] | undefined => {
    if (!built.append) return undefined;
    const whole = textOf(chars, { start: 0, end: chars.length });
    const trimmed = whole.trimEnd();
    const prefix = trimmed.endsWith(';') ? (whole.length > trimmed.length ? '' : ' ') : '; ';
    const text = built.append.inQuotes ? `${prefix}${attribute}` : ` + ${built.quote}${prefix}${attribute}${built.quote}`;
    return [{ range: { start: built.append.offset, end: built.append.offset }, newText: text }];
  };

  const remove = (attribute: CookieAttributeToken): TextEdit[] | undefined => {
    const range = exactRangeOfSpan(chars, attribute.segment);
    return range ? [{ range, newText: '' }] : undefined;
  };

  return {
    setOption(key, value) {
      if (key === 'name') {
        const range = exactRangeOfSpan(chars, tokens.name);
        return range && value.type === 'string' && SAFE_TEXT.test(value.value) && !value.value.includes('=') ? [{ range, newText: value.value }] : undefined;
      }
      const spec = ATTRIBUTES[key];
      if (!spec || (key === 'httpOnly' && !httpOnlySettable)) return undefined;
      const existing = last(tokens, spec.key);
      if (spec.flag) {
        if (value.type !== 'boolean') return undefined;
        if (value.value) return existing ? undefined : append(spec.written);
        return existing ? remove(existing) : undefined;
      }
      if (key === 'sameSite' && value.type === 'string' && value.value === '') return existing ? remove(existing) : undefined;
      const text = attributeText(key, value);
      if (text === undefined) return undefined;
      if (!existing) return append(`${spec.written}=${text}`);
      const valueRange = existing.value && existing.value.end > existing.value.start ? exactRangeOfSpan(chars, existing.value) : undefined;
      if (valueRange) return [{ range: valueRange, newText: text }];
      const nameRange = exactRangeOfSpan(chars, { start: existing.name.start, end: existing.value?.end ?? existing.name.end });
      return nameRange ? [{ range: nameRange, newText: `${spec.written}=${text}` }] : undefined;
    },
    removeOption(key) {
      const spec = ATTRIBUTES[key];
      const existing = spec && last(tokens, spec.key);
      return existing ? remove(existing) : undefined;
    },
  };
}
