import type { Node } from 'web-tree-sitter';
import { calledName } from '../adapters/authSyntax';
import { callArguments, stringValue } from '../syntax';

/** Settings of the environment a Laravel app runs in: `env('APP_ENV')`, `config('app.debug')`. */
const ENVIRONMENT_KEYS = new Set(['APP_ENV', 'APP_DEBUG', 'app.env', 'app.debug']);
/** `app()->environment('local')`, `App::isLocal()`, `$this->app->runningUnitTests()`. */
const ENVIRONMENT_METHODS = new Set(['environment', 'islocal', 'isproduction', 'runningunittests']);
const CALL_TYPES = ['function_call_expression', 'member_call_expression', 'scoped_call_expression'];

/**
 * Whether `node` runs only in some environments: it sits in an `if` (or `elseif`) whose condition
 * asks which environment the app runs in. Such a setting depends on the environment, which the
 * design reports softly or not at all (a value of the `env` state), never as a known insecure value.
 */
export function underEnvironmentCheck(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'if_statement' && current.type !== 'else_if_clause') continue;
    const condition = current.childForFieldName('condition');
    if (condition && asksEnvironment(condition)) return true;
  }
  return false;
}

function asksEnvironment(condition: Node): boolean {
  return condition.descendantsOfType(CALL_TYPES).some((call) => {
    const name = call ? calledName(call) : undefined;
    if (!call || !name) return false;
    if (ENVIRONMENT_METHODS.has(name)) return true;
    const key = name === 'env' || name === 'config' || name === 'getenv' ? callArguments(call).positional[0] : undefined;
    return key !== undefined && ENVIRONMENT_KEYS.has(stringValue(key) ?? '');
  });
}

/** Environments a deployed app does not run in. */
const DEVELOPMENT_ENVIRONMENTS = /^(local|testing|test|dev|development)$/i;

/**
 * Whether `node` runs only in development: it sits in the body (not the `else`) of an `if` whose
 * condition asks for a development environment and negates nothing (`App::environment('local')`,
 * `app()->isLocal()`, `$this->app->runningUnitTests()`, `env('APP_ENV') === 'local'`). Routes
 * registered there (a "skip login" shortcut for developers) are not deployed.
 */
export function underDevelopmentCheck(node: Node): boolean {
  for (let child = node, current = node.parent; current; child = current, current = current.parent) {
    if (current.type !== 'if_statement' || current.childForFieldName('body')?.id !== child.id) continue;
    const condition = current.childForFieldName('condition');
    if (condition && asksDevelopment(condition)) return true;
  }
  return false;
}

function asksDevelopment(condition: Node): boolean {
  if (condition.descendantsOfType('unary_op_expression').some((op) => op?.text.startsWith('!'))) return false;
  if (/!==?|<>/.test(condition.text) || /\|\|| or /i.test(condition.text)) return false;
  return condition.descendantsOfType(CALL_TYPES).some((call) => {
    const name = call ? calledName(call) : undefined;
    if (!call || !name) return false;
    if (name === 'islocal' || name === 'runningunittests') return true;
    const args = callArguments(call).positional;
    if (name === 'environment') return args.length > 0 && args.every((arg) => DEVELOPMENT_ENVIRONMENTS.test(stringValue(arg) ?? ''));
    if (name === 'env' || name === 'getenv' || name === 'config') {
      const key = stringValue(args[0] ?? call);
      if (key !== 'APP_ENV' && key !== 'app.env') return false;
      // `env('APP_ENV') === 'local'`: the other side of the comparison names the environment.
      const comparison = call.parent?.type === 'binary_expression' ? call.parent : undefined;
      const other = comparison ? [comparison.childForFieldName('left'), comparison.childForFieldName('right')].find((side) => side && side.id !== call.id) : undefined;
      return other !== undefined && other !== null && DEVELOPMENT_ENVIRONMENTS.test(stringValue(other) ?? '');
    }
    return false;
  });
}
