import { parseDocument } from 'yaml';
import type { Frontend } from '../frontend';
import { symfonySessionFact } from './symfony';
import { yamlComments } from './yamlNodes';

/** YAML config: Symfony's framework.session (config/packages/framework.yaml, when@prod included). */
export const yamlFrontend: Frontend = {
  language: 'yaml',
  lineComment: '#',
  mightContainFacts: (text) => text.includes('framework') && text.includes('session'),
  analyze({ text, project }) {
    const document = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false });
    const comments = yamlComments(text);
    const fact = symfonySessionFact(document, text, project);
    return { facts: fact ? [fact] : [], comments, ...(document.errors.length > 0 && !fact ? { parseError: document.errors[0]!.message } : {}) };
  },
};
