import { isMap, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { CsrfSurfaceFact } from '../../model/lifecycleFacts';
import { mapAt, nodeRange, pairAt, pairRange, type MapNode, type PairNode } from './yamlNodes';

/** `csrf_protection: false` or `csrf_protection: { enabled: false }`. */
function disabled(pair: PairNode | undefined): PairNode | undefined {
  if (!pair) return undefined;
  const value = pair.value as YamlNode | null;
  if (isScalar(value) && value.value === false) return pair;
  if (isMap(value)) {
    const enabled = pairAt(value as MapNode, 'enabled');
    if (enabled && isScalar(enabled.value) && (enabled.value as { value: unknown }).value === false) return pair;
  }
  return undefined;
}

/**
 * Symfony's framework.csrf_protection (config/packages/framework.yaml, `when@prod` included) or
 * framework.form.csrf_protection turned off: forms then carry and check no CSRF token.
 */
export function symfonyCsrfFact(document: Document): CsrfSurfaceFact | undefined {
  const root = isMap(document.contents) ? (document.contents as MapNode) : undefined;
  if (!root) return undefined;
  for (const framework of [mapAt(root, 'framework'), mapAt(mapAt(root, 'when@prod'), 'framework')]) {
    if (!framework) continue;
    const form = mapAt(framework, 'form');
    const pair = disabled(pairAt(framework, 'csrf_protection')) ?? (form ? disabled(pairAt(form, 'csrf_protection')) : undefined);
    const range = pair ? pairRange(pair) ?? nodeRange(pair.key as YamlNode) : undefined;
    if (!pair || !range) continue;
    return {
      kind: 'csrf-surface',
      library: 'symfony',
      range,
      sessionStorage: 'server',
      routes: [],
      defence: { kind: 'disabled', range, reason: 'framework.csrf_protection is false, so Symfony forms carry and check no CSRF token' },
      optionName: (key) => key,
    };
  }
  return undefined;
}
