import type { Frontend } from '../frontend';
import { phpParser } from '../php/grammar';

const FRAMEWORK_KEY = /^[ \t]*framework:/m;
/** A `firewalls:` key: Symfony's security config, whose login firewalls may lack `login_throttling`. */
const FIREWALLS_KEY = /^[ \t]*firewalls:/m;

/** YAML config: Symfony's framework.session and CSRF settings, security.session_fixation_strategy and firewalls' logout.invalidate_session and login_throttling (when@prod included), Drupal's session.storage.options. */
export const yamlFrontend: Frontend = {
  language: 'yaml',
  lineComment: '#',
  // `framework:` as a key, not the word: lockfiles (pnpm-lock.yaml) say "framework" and "session" in package names.
  // Drupal's services.yml: `parameters: session.storage.options: …`.
  mightContainFacts: (text) =>
    (FRAMEWORK_KEY.test(text) && (text.includes('session') || text.includes('csrf_protection'))) ||
    text.includes('session_fixation_strategy') ||
    text.includes('invalidate_session') ||
    text.includes('session.storage.options') ||
    FIREWALLS_KEY.test(text),
  // A firewall's own authenticator class is read (as PHP, never run) to tell a password login from an API-key check.
  load: () => phpParser.load(),
  // The YAML parser (72 modules) is loaded by the first file that passes the prefilter, not by every run.
  analyze: (input) => (require('./analyzeYaml') as typeof import('./analyzeYaml')).analyzeYaml(input),
};
