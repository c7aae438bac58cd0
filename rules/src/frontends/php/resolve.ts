import type { Node } from 'web-tree-sitter';
import { AnalysisBudget } from '../../model/budget';
import { CutMemo } from '../../model/cutMemo';
import type { PhpFile, VariableWrite } from './fileContext';
import { callArguments, globalFunctionName, namedChildren, parseInteger, stringValue, unwrapParentheses } from './syntax';
import { arithmetic, compare } from './operators';
import { isSchemeKey, onlyScheme, schemeDecided } from './requestScheme';
import { arrayEntry, normalizeKey, truthy, type PhpArray, type PhpArrayEntry, type PhpScalar, type PhpValue } from './values';

const MAX_DEPTH = 24;

const ENV_SUPERGLOBALS = new Set(['_ENV', '_SERVER']);
const INPUT_SUPERGLOBALS = new Set(['_GET', '_POST', '_REQUEST', '_COOKIE', '_FILES']);

interface WriteKinds {
  readonly assignments: readonly Extract<VariableWrite, { kind: 'assign' }>[];
  readonly elements: readonly Extract<VariableWrite, { kind: 'element' }>[];
  readonly other: boolean;
}

/** Resolves PHP expressions to values: literals, constants, variables assigned once, arrays, env reads. */
export class PhpResolver {
  /** How many times a depth limit, a cycle or the budget cut an evaluation short. */
  private readonly cuts = { count: 0 };
  /** Values by node id, and array variables with their element writes by scope and name. */
  private readonly memo = new CutMemo<number, PhpValue>(this.cuts);
  private readonly variableMemo = new CutMemo<string, PhpValue>(this.cuts);
  private readonly writeKindsByVariable = new Map<string, WriteKinds>();

  constructor(
    private readonly file: PhpFile,
    private readonly budget: AnalysisBudget = AnalysisBudget.forText(file.text),
  ) {}

  /**
   * The value of an expression. Memoised per node, with cycles cut (`$a = $a . $a` would otherwise
   * double the work at every level down to the depth limit); a value cut short is reused only where
   * less depth remains.
   */
  resolve(node: Node, depth = 0): PhpValue {
    const memo = this.memo.reuse(node.id, depth);
    if (memo) return memo;
    if (depth > MAX_DEPTH || this.memo.isActive(node.id) || !this.budget.spend('value resolution')) {
      this.cuts.count++;
      return { kind: 'unknown', node };
    }
    return this.memo.compute(node.id, depth, () => this.evaluate(node, depth));
  }

  private evaluate(node: Node, depth: number): PhpValue {
    const expression = unwrapParentheses(node);
    switch (expression.type) {
      case 'boolean':
        return { kind: 'literal', value: expression.text.toLowerCase() === 'true', node: expression };
      case 'null':
        return { kind: 'literal', value: null, node: expression };
      case 'integer': {
        const value = parseInteger(expression.text);
        return value === undefined ? { kind: 'unknown', node: expression } : { kind: 'literal', value, node: expression };
      }
      case 'float':
        return { kind: 'literal', value: Number(expression.text.replace(/_/g, '')), node: expression };
      case 'string':
      case 'encapsed_string': {
        const value = stringValue(expression);
        return value === undefined ? this.interpolated(expression, depth) : { kind: 'literal', value, node: expression };
      }
      case 'name':
      case 'qualified_name':
        return this.constant(expression, depth);
      case 'class_constant_access_expression':
        return this.classConstant(expression, depth);
      case 'variable_name':
        return this.variable(expression, depth);
      case 'subscript_expression':
        return this.subscript(expression, depth);
      case 'array_creation_expression':
        return this.array(expression, depth);
      case 'function_call_expression':
        return this.call(expression, depth);
      case 'binary_expression':
        return this.binary(expression, depth);
      case 'unary_op_expression':
        return this.unary(expression, depth);
      case 'cast_expression':
        return this.cast(expression, depth);
      case 'conditional_expression':
        return this.conditional(expression, depth);
      default:
        return { kind: 'unknown', node: expression };
    }
  }

  /** Candidates of a value when it is one of several: an env value spreads into its candidates. */
  private flatten(value: PhpValue): PhpValue[] {
    return value.kind === 'env' ? [...value.candidates] : [value];
  }

  private env(node: Node, source: string, candidates: readonly PhpValue[] = [], fallback?: PhpValue): PhpValue {
    return fallback ? { kind: 'env', source, candidates, fallback, node } : { kind: 'env', source, candidates, node };
  }

  /** `"…$x…"`: env when an interpolated part depends on the environment, else unknown. */
  private interpolated(node: Node, depth: number): PhpValue {
    for (const child of namedChildren(node)) {
      if (child.type === 'string_content' || child.type === 'escape_sequence') continue;
      const part = this.resolve(child, depth + 1);
      if (part.kind === 'env') return this.env(node, this.file.excerpt(node));
    }
    return { kind: 'unknown', node };
  }

  private constant(node: Node, depth: number): PhpValue {
    const name = node.type === 'qualified_name' ? (namedChildren(node).pop()?.text ?? node.text) : node.text;
    const lower = name.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', node };
    if (lower === 'null') return { kind: 'literal', value: null, node };
    const definition = this.file.constants.get(name);
    return definition ? this.resolve(definition, depth + 1) : { kind: 'unknown', node };
  }

  private classConstant(node: Node, depth: number): PhpValue {
    const [scope, name] = namedChildren(node);
    if (!scope || !name) return { kind: 'unknown', node };
    let className = scope.text.toLowerCase().replace(/^\\/, '');
    if (className === 'self' || className === 'static') {
      let current = node.parent;
      while (current && current.type !== 'class_declaration') current = current.parent;
      className = current?.childForFieldName('name')?.text.toLowerCase() ?? '';
    }
    const definition = this.file.classConstants.get(`${className.split('\\').pop()}::${name.text.toLowerCase()}`);
    return definition ? this.resolve(definition, depth + 1) : { kind: 'unknown', node };
  }

  private variable(node: Node, depth: number, scopeAt: Node = node): PhpValue {
    const name = namedChildren(node)[0]?.text;
    if (!name || name === 'this') return { kind: 'unknown', node };
    if (ENV_SUPERGLOBALS.has(name) || INPUT_SUPERGLOBALS.has(name)) return { kind: 'unknown', node };
    const scope = this.file.scopeOf(scopeAt);
    const writes = this.file.writesTo(scope, name);
    // A closure's `use ($x)` reads $x from the scope the closure is written in.
    if (scope.type === 'anonymous_function' && writes.length === 1 && writes[0]!.kind === 'other' && writes[0]!.node.parent?.type === 'anonymous_function_use_clause') {
      return this.variable(node, depth + 1, scope);
    }
    const { assignments, elements, other } = this.writeKinds(scope, name, writes);
    if (writes.length === 0 || other) return { kind: 'unknown', node };
    if (assignments.length > 1) return { kind: 'unknown', node };
    const base: PhpValue = assignments[0] ? this.resolve(assignments[0].value, depth + 1) : { kind: 'array', entries: [], complete: true, node: undefined };
    if (elements.length === 0) return base;
    if (base.kind !== 'array') return { kind: 'unknown', node };
    return this.withElements(`${scope.id}\0${name}`, base, elements, depth) ?? { kind: 'unknown', node };
  }

  /** A variable's writes by kind, sorted once per variable (a variable read 3,000 times was sorted 3,000 times). */
  private writeKinds(scope: Node, name: string, writes: readonly VariableWrite[]): WriteKinds {
    const key = `${scope.id}\0${name}`;
    let kinds = this.writeKindsByVariable.get(key);
    if (!kinds) {
      kinds = {
        assignments: writes.filter((w): w is Extract<VariableWrite, { kind: 'assign' }> => w.kind === 'assign'),
        elements: writes.filter((w): w is Extract<VariableWrite, { kind: 'element' }> => w.kind === 'element'),
        other: writes.some((w) => w.kind === 'other'),
      };
      this.writeKindsByVariable.set(key, kinds);
    }
    return kinds;
  }

  /**
   * An array variable with its element writes applied (`$options['httponly'] = true;` after
   * `$options = [...]`), once per variable: every read of `$options` would otherwise copy the array
   * and apply every write again. A write that reads the variable itself sees it as unknown.
   */
  private withElements(variable: string, base: Extract<PhpValue, { kind: 'array' }>, elements: readonly VariableWrite[], depth: number): PhpValue | undefined {
    const memo = this.variableMemo.reuse(variable, depth);
    if (memo) return memo;
    if (this.variableMemo.isActive(variable)) {
      this.cuts.count++;
      return undefined;
    }
    return this.variableMemo.compute(variable, depth, () => this.applyElements(base, elements, depth));
  }

  private applyElements(base: Extract<PhpValue, { kind: 'array' }>, elements: readonly VariableWrite[], depth: number): PhpValue {
    const entries = [...base.entries];
    let complete = base.complete;
    let nextIndex = nextIntegerKey(entries);
    for (const write of elements) {
      if (write.kind !== 'element') continue;
      let key: string | number;
      if (!write.key) key = nextIndex++;
      else {
        const keyValue = this.resolve(write.key, depth + 1);
        if (keyValue.kind !== 'literal') {
          complete = false;
          continue;
        }
        key = normalizeKey(keyValue.value);
      }
      entries.push({ key, value: this.resolve(write.value, depth + 1), valueNode: write.value, element: write.node });
    }
    return { kind: 'array', entries, complete, node: base.node };
  }

  private subscript(node: Node, depth: number): PhpValue {
    const [base, index] = namedChildren(node);
    if (!base) return { kind: 'unknown', node };
    if (base.type === 'variable_name') {
      const name = namedChildren(base)[0]?.text ?? '';
      if (ENV_SUPERGLOBALS.has(name)) {
        const read = this.env(node, this.file.excerpt(node));
        return index && isSchemeKey(name, this.resolve(index, depth + 1)) ? schemeDecided(read) : read;
      }
      if (INPUT_SUPERGLOBALS.has(name)) return { kind: 'input', source: this.file.excerpt(node), node };
    }
    const array = this.resolve(base, depth + 1);
    if (array.kind === 'input') return { kind: 'input', source: this.file.excerpt(node), node };
    if (array.kind === 'env') return this.env(node, this.file.excerpt(node));
    if (array.kind !== 'array' || !index) return { kind: 'unknown', node };
    const key = this.resolve(index, depth + 1);
    if (key.kind !== 'literal') return { kind: 'unknown', node };
    const entry = arrayEntry(array, String(normalizeKey(key.value)));
    return entry ? entry.value : { kind: 'unknown', node };
  }

  /** `[...]` and `array(...)`, with `...$spread` resolved where possible. */
  array(node: Node, depth: number): PhpArray {
    const entries: PhpArrayEntry[] = [];
    let complete = true;
    let nextIndex = 0;
    for (const element of namedChildren(node)) {
      if (element.type !== 'array_element_initializer') continue;
      const parts = namedChildren(element).filter((c) => c.type !== 'by_ref');
      if (parts.length === 1 && parts[0]!.type === 'variadic_unpacking') {
        const inner = namedChildren(parts[0]!)[0];
        const spread = inner ? this.resolve(inner, depth + 1) : undefined;
        if (spread?.kind !== 'array') {
          complete = false;
          continue;
        }
        for (const entry of spread.entries) {
          // Unpacking renumbers integer keys and keeps string keys (PHP 8.1).
          entries.push(typeof entry.key === 'number' ? { ...entry, key: nextIndex++ } : entry);
        }
        complete &&= spread.complete;
        continue;
      }
      if (parts.length === 1) {
        entries.push({ key: nextIndex++, value: this.resolve(parts[0]!, depth + 1), valueNode: parts[0]!, element });
        continue;
      }
      const [keyNode, valueNode] = parts;
      if (!keyNode || !valueNode) continue;
      const key = this.resolve(keyNode, depth + 1);
      if (key.kind !== 'literal') {
        complete = false;
        continue;
      }
      const normalized = normalizeKey(key.value);
      if (typeof normalized === 'number' && normalized >= nextIndex) nextIndex = normalized + 1;
      entries.push({ key: normalized, value: this.resolve(valueNode, depth + 1), valueNode, element });
    }
    return { kind: 'array', entries, complete, node };
  }

  private call(node: Node, depth: number): PhpValue {
    const name = globalFunctionName(node);
    const args = callArguments(node);
    const first = args.positional[0];
    switch (name) {
      case 'getenv': {
        return first ? this.env(node, this.file.excerpt(node)) : { kind: 'unknown', node };
      }
      case 'env': {
        // Laravel's env('X', default): the default (null when not given) is used when X is unset.
        if (!first) return { kind: 'unknown', node };
        const fallbackNode = args.positional[1] ?? args.named.get('default');
        const fallback: PhpValue = fallbackNode ? this.resolve(fallbackNode, depth + 1) : { kind: 'literal', value: null, node };
        return this.env(node, this.file.excerpt(node, 80), fallback.kind === 'env' ? fallback.candidates : [], fallback.kind === 'env' ? fallback.fallback : fallback);
      }
      case 'time':
        return args.argumentNodes.length === 0 ? { kind: 'time', offset: 0, node } : { kind: 'unknown', node };
      case 'isset':
      case 'empty': {
        const read = first ? this.resolve(first, depth + 1) : undefined;
        if (read?.kind === 'env' || read?.kind === 'input') {
          const condition = this.env(node, this.file.excerpt(node), [this.bool(true, node), this.bool(false, node)]);
          return onlyScheme([read]) ? schemeDecided(condition) : condition;
        }
        return { kind: 'unknown', node };
      }
      case 'array_merge':
        return this.merge(args.positional, depth);
      case 'intval':
      case 'boolval':
      case 'strval':
      case 'filter_var':
        return first ? this.convert(name === 'intval' ? 'int' : name === 'strval' ? 'string' : 'bool', this.resolve(first, depth + 1), node) : { kind: 'unknown', node };
      default:
        return name ? this.returnValue(name, node, depth) : { kind: 'unknown', node };
    }
  }

  /** A function of this file without parameters that returns one expression: `function sessionOptions() { return [...]; }`. */
  private returnValue(name: string, node: Node, depth: number): PhpValue {
    const definition = this.file.functions.get(name);
    if (!definition) return { kind: 'unknown', node };
    const body = definition.childForFieldName('body');
    const returns = (body?.descendantsOfType('return_statement') ?? []).filter((r): r is Node => r !== null && this.file.scopeOf(r).id === definition.id);
    const expression = returns.length === 1 ? namedChildren(returns[0]!)[0] : undefined;
    return expression ? this.resolve(expression, depth + 1) : { kind: 'unknown', node };
  }

  private merge(parts: readonly Node[], depth: number): PhpValue {
    const entries: PhpArrayEntry[] = [];
    let complete = true;
    let lastNode: Node | undefined;
    let nextIndex = 0;
    for (const part of parts) {
      const value = this.resolve(part, depth + 1);
      if (value.kind !== 'array') {
        complete = false;
        continue;
      }
      for (const entry of value.entries) entries.push(typeof entry.key === 'number' ? { ...entry, key: nextIndex++ } : entry);
      complete &&= value.complete;
      lastNode = value.node;
    }
    return { kind: 'array', entries, complete, node: lastNode };
  }

  private bool(value: boolean, node: Node): PhpValue {
    return { kind: 'literal', value, node };
  }

  private convert(to: 'bool' | 'int' | 'string', value: PhpValue, node: Node): PhpValue {
    const map = (scalar: PhpScalar): PhpScalar => (to === 'bool' ? (typeof scalar === 'string' ? ['1', 'true', 'on', 'yes'].includes(scalar.toLowerCase()) : truthy(scalar)) : to === 'int' ? Number.parseInt(String(scalar), 10) || 0 : String(scalar ?? ''));
    if (value.kind === 'literal') return { kind: 'literal', value: map(value.value), node: value.node };
    if (value.kind === 'env') {
      const candidates = value.candidates.map((c) => (c.kind === 'literal' ? { ...c, value: map(c.value) } : c));
      const fallback = value.fallback?.kind === 'literal' ? { ...value.fallback, value: map(value.fallback.value) } : value.fallback;
      const converted: PhpValue = fallback ? { ...value, node, candidates, fallback } : { kind: 'env', source: value.source, candidates, node };
      return value.requestScheme ? schemeDecided(converted) : converted;
    }
    return value.kind === 'input' ? value : { kind: 'unknown', node };
  }

  private binary(node: Node, depth: number): PhpValue {
    const operator = node.childForFieldName('operator')?.text ?? '';
    const leftNode = node.childForFieldName('left');
    const rightNode = node.childForFieldName('right');
    if (!leftNode || !rightNode) return { kind: 'unknown', node };
    const left = this.resolve(leftNode, depth + 1);
    const right = this.resolve(rightNode, depth + 1);
    const dependsOnEnv = left.kind === 'env' || right.kind === 'env' || left.kind === 'input' || right.kind === 'input';
    const envSource = left.kind === 'env' ? left.source : right.kind === 'env' ? right.source : this.file.excerpt(node);
    if (operator === '??') {
      if (left.kind === 'env' || left.kind === 'input') {
        const either = this.env(node, left.source, [...this.flatten(left), ...this.flatten(right)].filter((c) => c.kind !== 'input'), right.kind === 'env' ? right.fallback : right);
        return onlyScheme([left, right]) ? schemeDecided(either) : either;
      }
      if (left.kind === 'literal' && left.value !== null) return left;
      if (left.kind === 'array') return left;
      return left.kind === 'literal' ? right : { kind: 'unknown', node };
    }
    if (operator === '.') {
      if (left.kind === 'literal' && right.kind === 'literal') return { kind: 'literal', value: String(left.value ?? '') + String(right.value ?? ''), node };
      return dependsOnEnv ? this.env(node, this.file.excerpt(node)) : { kind: 'unknown', node };
    }
    if (['+', '-', '*', '/', '%', '**'].includes(operator)) {
      const result = arithmetic(operator, left, right, node);
      return result ?? (dependsOnEnv ? this.env(node, envSource) : { kind: 'unknown', node });
    }
    if (['==', '===', '!=', '!==', '<>', '<', '>', '<=', '>=', '&&', '||', 'and', 'or', 'xor'].includes(operator)) {
      // The whole condition names the environment best: getenv('APP_ENV') === 'production'.
      if (dependsOnEnv) {
        const condition = this.env(node, this.file.excerpt(node, 80), [this.bool(true, node), this.bool(false, node)]);
        return onlyScheme([left, right]) ? schemeDecided(condition) : condition;
      }
      if (left.kind === 'literal' && right.kind === 'literal') return compare(operator, left.value, right.value, node);
    }
    return { kind: 'unknown', node };
  }

  private unary(node: Node, depth: number): PhpValue {
    const operator = node.childForFieldName('operator')?.text ?? '';
    const argumentNode = node.childForFieldName('argument') ?? namedChildren(node)[0];
    if (!argumentNode) return { kind: 'unknown', node };
    const argument = this.resolve(argumentNode, depth + 1);
    if (operator === '!') {
      if (argument.kind === 'literal') return this.bool(!truthy(argument.value), node);
      if (argument.kind === 'env') {
        const negated = this.env(node, argument.source, argument.candidates.map((c) => (c.kind === 'literal' ? this.bool(!truthy(c.value), node) : c)));
        return argument.requestScheme ? schemeDecided(negated) : negated;
      }
      return { kind: 'unknown', node };
    }
    if ((operator === '-' || operator === '+') && argument.kind === 'literal' && typeof argument.value === 'number') {
      return { kind: 'literal', value: operator === '-' ? -argument.value : argument.value, node };
    }
    return argument.kind === 'env' ? argument : { kind: 'unknown', node };
  }

  private cast(node: Node, depth: number): PhpValue {
    const type = node.childForFieldName('type')?.text.toLowerCase() ?? '';
    const valueNode = node.childForFieldName('value');
    if (!valueNode) return { kind: 'unknown', node };
    const value = this.resolve(valueNode, depth + 1);
    if (type === 'bool' || type === 'boolean') return this.convert('bool', value, node);
    if (type === 'int' || type === 'integer') return this.convert('int', value, node);
    if (type === 'string') return this.convert('string', value, node);
    return value.kind === 'env' ? value : { kind: 'unknown', node };
  }

  /** `c ? a : b` depends on `c`; `a ?: b` uses `b` when `a` is falsy. */
  private conditional(node: Node, depth: number): PhpValue {
    const conditionNode = node.childForFieldName('condition');
    const bodyNode = node.childForFieldName('body');
    const alternativeNode = node.childForFieldName('alternative');
    if (!conditionNode || !alternativeNode) return { kind: 'unknown', node };
    const condition = this.resolve(conditionNode, depth + 1);
    const alternative = this.resolve(alternativeNode, depth + 1);
    if (!bodyNode) {
      if (condition.kind === 'literal') return truthy(condition.value) ? condition : alternative;
      if (condition.kind === 'env' || condition.kind === 'input') {
        return this.env(node, condition.kind === 'env' ? condition.source : condition.source, [...this.flatten(condition), ...this.flatten(alternative)].filter((c) => c.kind !== 'input'), alternative.kind === 'env' ? alternative.fallback : alternative);
      }
      return { kind: 'unknown', node };
    }
    const body = this.resolve(bodyNode, depth + 1);
    if (condition.kind === 'literal') return truthy(condition.value) ? body : alternative;
    const source = condition.kind === 'env' ? condition.source : this.file.excerpt(conditionNode);
    const chosen = this.env(node, source, [...this.flatten(body), ...this.flatten(alternative)]);
    // `$https ? '1' : '0'` is the condition itself: Secure exactly on HTTPS requests.
    const sameAsCondition = body.kind === 'literal' && alternative.kind === 'literal' && truthy(body.value) && !truthy(alternative.value);
    return onlyScheme([condition]) && sameAsCondition ? schemeDecided(chosen) : chosen;
  }
}

function nextIntegerKey(entries: readonly PhpArrayEntry[]): number {
  let next = 0;
  for (const entry of entries) if (typeof entry.key === 'number' && entry.key >= next) next = entry.key + 1;
  return next;
}
