import type { Frontend, LanguageKind } from './frontend';
import { jsFrontend } from './js';

/** One frontend per language. Languages without one yet are skipped gracefully by the engine. */
const FRONTENDS: Partial<Record<LanguageKind, Frontend>> = {
  js: jsFrontend,
};

export function frontendFor(language: LanguageKind): Frontend | undefined {
  return FRONTENDS[language];
}
