import type { Rule } from 'eslint';
import type { OptionSchema, OptionsSchema } from '../model/rule';

/** One JSON schema, as ESLint's rule meta types it. */
export type JsonSchema = Exclude<NonNullable<Rule.RuleMetaData['schema']>, false | readonly unknown[]>;

/** One engine option as a JSON schema property, with its description and default. */
function propertySchema(option: OptionSchema): JsonSchema {
  switch (option.type) {
    case 'number':
      return { type: 'number', description: option.description, default: option.default, ...(option.minimum !== undefined ? { minimum: option.minimum } : {}) };
    case 'boolean':
      return { type: 'boolean', description: option.description, default: option.default };
    case 'string':
      return { type: 'string', description: option.description, default: option.default, ...(option.enum ? { enum: [...option.enum] } : {}) };
    case 'string-array':
      return { type: 'array', description: option.description, default: [...option.default], items: { type: 'string' }, uniqueItems: true };
  }
}

/**
 * The ESLint `meta.schema` of a rule: one options object whose properties are the engine options,
 * nothing else allowed. A rule without options takes none (`[]`). ESLint's validator fills in each
 * property's `default`, so options in `withoutDefaults` (those a standard sets) get none: left out,
 * they stay unset and the standard's value or the engine's default applies.
 */
export function eslintOptionsSchema(options: OptionsSchema, withoutDefaults: ReadonlySet<string> = new Set()): JsonSchema[] {
  const entries = Object.entries(options);
  if (entries.length === 0) return [];
  const properties: Record<string, JsonSchema> = {};
  for (const [key, option] of entries) {
    const { default: _default, ...rest } = propertySchema(option);
    properties[key] = withoutDefaults.has(key) ? { ...rest, description: `${option.description} Default: ${JSON.stringify(_default)}, or the value of settings.sessionlint.standard.` } : { ...rest, default: _default };
  }
  return [{ type: 'object', properties, additionalProperties: false }];
}

/** The defaults of every option, for ESLint's `meta.defaultOptions`. */
export function defaultOptionValues(options: OptionsSchema): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(options)) defaults[key] = Array.isArray(option.default) ? [...option.default] : option.default;
  return defaults;
}
