import type { FactEditor, FixValue, OptionKey } from '../../../model/edit';
import type { CookieWriteFact } from '../../../model/facts';

export interface EditorLimits {
  /** The options this library has under the neutral names (js-cookie has no maxAge, no script can set HttpOnly). */
  readonly keys: ReadonlySet<OptionKey>;
  /** Libraries typed with `'Strict' | 'Lax' | 'None'` (Hono, ngx-cookie-service) get SameSite values in that spelling. */
  readonly capitalisedSameSite?: boolean;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An editor that refuses options the library does not have and spells SameSite as the library's types want it. */
export function limitEditor(editor: FactEditor | undefined, limits: EditorLimits): FactEditor | undefined {
  if (!editor) return undefined;
  const spell = (key: OptionKey, value: FixValue): FixValue =>
    key === 'sameSite' && limits.capitalisedSameSite && value.type === 'string' ? { type: 'string', value: capitalise(value.value) } : value;
  return {
    setOption: (key, value) => (limits.keys.has(key) ? editor.setOption(key, spell(key, value)) : undefined),
    removeOption: (key) => (limits.keys.has(key) ? editor.removeOption?.(key) : undefined),
  };
}

/** The same fact with its editor limited. */
export function withEditorLimits(fact: CookieWriteFact, limits: EditorLimits): CookieWriteFact {
  return { ...fact, editor: limitEditor(fact.editor, limits) };
}
