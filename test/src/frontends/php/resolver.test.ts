import { assertEnv, assertKnown, assertUnknown, loadGrammar, phpFacts, single, writes } from './support/facts';

/** Value resolution through the setcookie() `secure` / `samesite` options, which take any expression. */
function secureOf(prelude: string, expression: string) {
  const code = `<?php\n${prelude}\nsetcookie('sid', 'v', ['secure' => ${expression}, 'samesite' => 'Lax']);\n`;
  return { code, value: single(writes(phpFacts(code))).cookie.secure };
}

describe('PHP value resolution', () => {
  before(loadGrammar);

  for (const [label, prelude, expression, expected] of [
    ['a boolean literal, any case', '', 'TRUE', true],
    ["'0' (PHP truthiness)", '', "'0'", false],
    ['a const', 'const SECURE = true;', 'SECURE', true],
    ['a namespaced const read with a leading backslash', 'namespace App;\nconst SECURE = false;', '\\App\\SECURE', false],
    ['define()', "define('SECURE', 1);", 'SECURE', true],
    ['a class constant', 'final class Cookies { public const SECURE = true; }', 'Cookies::SECURE', true],
    ['a variable assigned once', '$secure = true;', '$secure', true],
    ['a negation', '$insecure = false;', '!$insecure', true],
    ['a cast', '$flag = "1";', '(bool) $flag', true],
    ['a ternary on a literal condition', '', "1 > 0 ? true : false", true],
    ['an elvis fallback on a falsy literal', "$x = '';", '$x ?: true', true],
    ['a helper function', 'function secure_cookies(): bool { return true; }', 'secure_cookies()', true],
    ['an array element', "$opts = ['secure' => true];", "$opts['secure']", true],
  ] as const) {
    it(`resolves ${label}`, () => {
      const { code, value } = secureOf(prelude, expression);
      assertKnown(code, value, expected);
    });
  }

  for (const [label, prelude, expression] of [
    ['getenv()', '', "getenv('SECURE')"],
    ['$_ENV', '', "$_ENV['SECURE']"],
    ['$_SERVER', '', "$_SERVER['HTTPS'] === 'on'"],
    ['isset($_SERVER[…])', '', "isset($_SERVER['HTTPS'])"],
    ['a comparison on getenv()', '', "getenv('APP_ENV') !== 'local'"],
    ['a ternary on an unknown condition', '', '$debug ? false : true'],
    ['filter_var(getenv())', '', "filter_var(getenv('SECURE'), FILTER_VALIDATE_BOOLEAN)"],
  ] as const) {
    it(`treats ${label} as environment-dependent`, () => {
      assertEnv(secureOf(prelude, expression).value);
    });
  }

  it('uses the ?? fallback as the value when the variable is unset', () => {
    assertEnv(secureOf('', "$_ENV['SECURE'] ?? false").value, [false], false);
  });

  for (const [label, prelude, expression] of [
    ['a parameter', 'function f(bool $secure) {}', '$secure'],
    ['a variable written twice', '$s = true;\nif ($x) { $s = false; }', '$s'],
    ['a variable changed by .=', "$s = '1';\n$s .= '0';", '$s'],
    ['a foreach variable', 'foreach ([true, false] as $s) {}', '$s'],
    ['an object property', '', '$this->secure'],
    ['a method call', '', '$config->get("secure")'],
    ['an undefined constant', '', 'UNDEFINED_SECURE'],
    ['a match expression', '', 'match (true) { default => true }'],
  ] as const) {
    it(`leaves ${label} unknown`, () => {
      assertUnknown(secureOf(prelude, expression).value);
    });
  }

  it('computes arithmetic and time() offsets for expires', () => {
    const code = "<?php\nconst DAY = 24 * 60 * 60;\nsetcookie('remember_token', 'v', ['expires' => time() + 30 * DAY - 60, 'secure' => true]);\n";
    assertKnown(code, single(writes(phpFacts(code))).cookie.maxAge, 30 * 86400 - 60);
  });

  it('reads closure use() variables from the enclosing scope', () => {
    const code = "<?php\n$secure = true;\n$set = function () use ($secure) { setcookie('sid', 'v', ['secure' => $secure]); };\n";
    assertKnown(code, single(writes(phpFacts(code))).cookie.secure, true);
  });
});
