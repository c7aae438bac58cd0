import type { Frontend, LanguageKind } from './frontend';
import { jsFrontend } from './js';
import { htaccessFrontend, iniFrontend } from './ini';
import { phpFrontend } from './php';
import { yamlFrontend } from './yaml';

/** One frontend per language. Languages without one yet are skipped gracefully by the engine. */
const FRONTENDS: Partial<Record<LanguageKind, Frontend>> = {
  js: jsFrontend,
  php: phpFrontend,
  ini: iniFrontend,
  htaccess: htaccessFrontend,
  yaml: yamlFrontend,
};

export function frontendFor(language: LanguageKind): Frontend | undefined {
  return FRONTENDS[language];
}
