import { eslintOptionsSchema, type JsonSchema } from '../eslint/optionSchema';
import type { AnyRule } from '../model/rule';
import { CONFIG_FILE_NAME, ENV_POLICIES, LEVELS, PRESETS, STANDARD_CHOICES, TEST_FILE_POLICIES } from './config';

/**
 * The JSON schema of `sessionlint.config.json`, for editors (the VS Code extension contributes it
 * through `jsonValidation`): completion and hover for every key, rule id and rule option. It says
 * what {@link parseConfig} accepts, with one difference on purpose: a rule's options are checked
 * property by property, as ESLint checks them, where the engine ignores an unknown or mistyped
 * option, so that a typo is underlined before it is silently ignored. Rule ids this version does
 * not know are allowed (the CLI warns about them), as a config may be shared with a newer version.
 */
export function configJsonSchema(rules: readonly AnyRule[]): JsonSchema {
  const level: JsonSchema = { type: 'string', enum: [...LEVELS], description: 'off, info, warn or error.' };
  const ruleEntry = (options: JsonSchema | undefined, description: string): JsonSchema => ({
    description,
    anyOf: [level, { type: 'array', items: options ? [level, options] : [level], minItems: 1, maxItems: options ? 2 : 1 }],
  });
  const properties: Record<string, JsonSchema> = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const [options] = eslintOptionsSchema(rule.meta.options ?? {});
    properties[rule.meta.id] = ruleEntry(options, `${rule.meta.description}.`);
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: CONFIG_FILE_NAME,
    description: "sessionlint's project configuration, read by the CLI, the language server and the VS Code extension.",
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      preset: { type: 'string', enum: [...PRESETS], default: 'recommended', description: 'The preset that gives every rule its base level.' },
      standard: {
        type: 'string',
        enum: [...STANDARD_CHOICES],
        default: 'none',
        description:
          'A standard whose thresholds the timeout and lifetime rules use (cookie-max-age, session-idle-timeout, jwt-expiry): OWASP ASVS 4.0.3 V3.3.2 levels (L1: 30 days; L2: 12 hours, 30 minutes idle; L3: 12 hours, 15 minutes idle). Options set under rules win.',
      },
      rules: {
        type: 'object',
        description: 'Rule levels by rule id, overriding the preset: a level, or [level, options].',
        properties,
        additionalProperties: ruleEntry({ type: 'object' }, 'A rule this version of sessionlint does not know (ignored, with a warning).'),
      },
      testFiles: { type: 'string', enum: [...TEST_FILE_POLICIES], default: 'downgrade', description: 'What to do with findings in test and fixture files.' },
      envDependent: { type: 'string', enum: [...ENV_POLICIES], default: 'report', description: 'Report values that depend on the environment one level softer, or ignore them.' },
      ignorePatterns: { type: 'array', items: { type: 'string' }, description: 'Globs of files not to analyse, relative to this file.' },
    },
  };
}
