import type { SessionConfigFact } from '../../model/facts';
import { libraryLabel } from './cookies';

/** `The PHP session`, `The Symfony session`: how session-* rules name a session configuration. */
export function sessionLabel(fact: SessionConfigFact): string {
  return `The ${libraryLabel(fact.library)} session`;
}
