import type { OptionKey } from '../../../model/edit';
import type { JsAdapter } from '../adapterContext';
import { secretFacts } from './secrets';

const MODULES = ['cookie-parser'];

const optionName = (key: OptionKey): string => (key === 'secret' ? 'secret' : key);

/**
 * cookie-parser: `app.use(cookieParser(secret | secrets[], options))`. The secret signs cookies
 * (`res.cookie(…, { signed: true })`); every secret of an array verifies, so each one is a fact.
 */
export const cookieParserAdapter: JsAdapter = {
  name: 'cookie-parser',
  collect(context) {
    for (const call of context.callsTo(MODULES)) {
      const secretNode = call.arguments[0];
      if (!secretNode || secretNode.type === 'SpreadElement') continue;
      const secret = context.resolver.resolve(secretNode, context.file);
      // `cookieParser()` and `cookieParser(undefined, opts)` sign nothing.
      if (secret.kind === 'literal' && (secret.value === undefined || secret.value === null)) continue;
      context.facts.push(...secretFacts(context, 'cookie-parser', 'cookie-signing', 'secret', secret, undefined, call, optionName));
    }
  },
};
