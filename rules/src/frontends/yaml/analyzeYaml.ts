import { parseDocument } from 'yaml';
import type { Frontend } from '../frontend';
import { flowDepth, MAX_YAML_FLOW_DEPTH } from './flowDepth';
import { drupalSessionFact, isDrupalTemplate } from './drupal';
import { symfonySessionFact } from './symfony';
import { symfonyCsrfFact } from './symfonyCsrf';
import { symfonyAppLogsInWithSession } from '../php/app/symfonySessionLogin';
import { symfonyUnthrottledLoginFacts } from './symfonyLoginThrottling';
import { symfonyLogoutKeepsSessionFacts, symfonySessionFixationFact } from './symfonySecurity';
import { yamlComments } from './yamlNodes';

/** Symfony's per-environment folders for development and tests (config/packages/dev/, …/test/): not deployed settings. */
function isDevelopmentConfig(fileName: string): boolean {
  return /(^|\/)config\/packages\/(dev|test)\//.test(fileName.replace(/\\/g, '/'));
}

/** Facts of a YAML config: Symfony's framework.session and CSRF settings, Drupal's session.storage.options. */
export const analyzeYaml: Frontend['analyze'] = ({ text, fileName, project }) => {
  // Before the lexer, which is as slow as the parser on deep flow nesting; a refused file has no finding to suppress.
  const depth = flowDepth(text);
  if (depth > MAX_YAML_FLOW_DEPTH) return { facts: [], comments: [], parseError: `the code is nested too deeply to analyse (flow collections ${depth} levels deep; the limit is ${MAX_YAML_FLOW_DEPTH})` };
  const comments = yamlComments(text);
  if (isDevelopmentConfig(fileName)) return { facts: [], comments };
  const document = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false });
  const fact = symfonySessionFact(document, text, project) ?? (isDrupalTemplate(fileName) ? undefined : drupalSessionFact(document));
  // framework.csrf_protection off in an app whose firewalls keep nobody in the session (every one
  // `stateless`, a JWT API): a forged request carries no logged-in user, so nothing to report.
  const csrfOff = symfonyCsrfFact(document);
  const csrf = csrfOff && symfonyAppLogsInWithSession(project, fileName) !== false ? csrfOff : undefined;
  const fixation = symfonySessionFixationFact(document);
  const logouts = symfonyLogoutKeepsSessionFacts(document);
  const unthrottled = symfonyUnthrottledLoginFacts(document, project, fileName);
  return { facts: [...(fact ? [fact] : []), ...(csrf ? [csrf] : []), ...(fixation ? [fixation] : []), ...logouts, ...unthrottled], comments, ...(document.errors.length > 0 && !fact ? { parseError: document.errors[0]!.message } : {}) };
};
