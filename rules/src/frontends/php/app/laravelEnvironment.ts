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
