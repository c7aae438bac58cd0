import type { Frontend } from '../frontend';

/** YAML config: Symfony's framework.session and CSRF settings, and security.session_fixation_strategy (when@prod included). */
export const yamlFrontend: Frontend = {
  language: 'yaml',
  lineComment: '#',
  mightContainFacts: (text) => (text.includes('framework') && (text.includes('session') || text.includes('csrf_protection'))) || text.includes('session_fixation_strategy'),
  // The YAML parser (72 modules) is loaded by the first file that passes the prefilter, not by every run.
  analyze: (input) => (require('./analyzeYaml') as typeof import('./analyzeYaml')).analyzeYaml(input),
};
