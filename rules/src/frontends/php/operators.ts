import type { Node } from 'web-tree-sitter';
import { truthy, type PhpScalar, type PhpValue } from './values';

/** PHP operators on resolved values: arithmetic (with `time() ± n`) and comparisons of literals. */

function numberOf(value: PhpValue): number | undefined {
  if (value.kind !== 'literal') return undefined;
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && value.value.trim() !== '' && !Number.isNaN(Number(value.value))) return Number(value.value);
  return undefined;
}

/** `a op b` for numbers, and `time() + n` / `time() - n` / `n + time()`; undefined when it cannot be computed. */
export function arithmetic(operator: string, left: PhpValue, right: PhpValue, node: Node): PhpValue | undefined {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined && b !== undefined) {
    const result = operator === '+' ? a + b : operator === '-' ? a - b : operator === '*' ? a * b : operator === '/' ? a / b : operator === '%' ? a % b : a ** b;
    return Number.isFinite(result) ? { kind: 'literal', value: result, node } : { kind: 'unknown', node };
  }
  if (left.kind === 'time' && operator === '-' && right.kind !== 'time' && (left.offset === 'past' || b === undefined)) return { kind: 'time', offset: 'past', node };
  if (left.kind === 'time' && left.offset !== 'past' && b !== undefined && (operator === '+' || operator === '-')) return { kind: 'time', offset: operator === '+' ? left.offset + b : left.offset - b, node };
  if (right.kind === 'time' && right.offset !== 'past' && a !== undefined && operator === '+') return { kind: 'time', offset: right.offset + a, node };
  return undefined;
}

/** A comparison or logical operator on two literals, with PHP's loose equality where PHP uses it. */
export function compare(operator: string, a: PhpScalar, b: PhpScalar, node: Node): PhpValue {
  let result: boolean;
  switch (operator) {
    case '===':
      result = a === b;
      break;
    case '!==':
      result = a !== b;
      break;
    case '==':
      // eslint-disable-next-line eqeqeq
      result = a == b;
      break;
    case '!=':
    case '<>':
      // eslint-disable-next-line eqeqeq
      result = a != b;
      break;
    case '&&':
    case 'and':
      result = truthy(a) && truthy(b);
      break;
    case '||':
    case 'or':
      result = truthy(a) || truthy(b);
      break;
    case 'xor':
      result = truthy(a) !== truthy(b);
      break;
    case '<':
    case '>':
    case '<=':
    case '>=':
      if (typeof a !== 'number' || typeof b !== 'number') return { kind: 'unknown', node };
      result = operator === '<' ? a < b : operator === '>' ? a > b : operator === '<=' ? a <= b : a >= b;
      break;
    default:
      return { kind: 'unknown', node };
  }
  return { kind: 'literal', value: result, node };
}
