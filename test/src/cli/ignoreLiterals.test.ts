import * as assert from 'node:assert/strict';
import ignore from 'ignore';
import * as path from 'node:path';
import { ignoreLiterals, patternLiteral } from '../../../rules/dist/workspace/ignoreLiterals';
import { relativePosix } from '../../../rules/dist/workspace/paths';
import { Random } from '../support/random';

/**
 * The walk skips a .gitignore's rules for a path that contains none of their literals: that must
 * never skip a path the rules decide (ignore it, or re-include it with `!`).
 */
describe('gitignore literals (the walk’s first test)', () => {
  it('takes the longest literal run outside wildcards, classes and escapes', () => {
    assert.equal(patternLiteral('*.log'), '.log');
    assert.equal(patternLiteral('/dist/'), 'dist');
    assert.equal(patternLiteral('**/coverage/**'), 'coverage');
    assert.equal(patternLiteral('[Bb]uild*'), 'uild');
    assert.equal(patternLiteral('[!a]bc'), 'bc');
    assert.equal(patternLiteral('[]x]yz'), 'yz');
    assert.equal(patternLiteral('\\#notes.txt'), '#notes.txt');
    assert.equal(patternLiteral('foo\\ '), 'foo');
    assert.equal(patternLiteral('*'), undefined);
    assert.equal(patternLiteral('[a-z]?'), undefined);
  });

  it('says "maybe" for every path without a literal rule, "no" for a path with none of the literals', () => {
    assert.equal(ignoreLiterals('# comment\n*\n!.gitignore\n', false).mayMatch('src/app.js'), true);
    const literals = ignoreLiterals('node_modules/\n*.log\n/dist\n', false);
    assert.equal(literals.mayMatch('src/app.js'), false);
    assert.equal(literals.mayMatch('logs/server.log'), true);
    assert.equal(ignoreLiterals('*.LOG\n', true).mayMatch('a/b.log'), true, 'case-insensitively where the matcher is');
  });

  it('never says "no" where the ignore package decides (random rules and paths)', () => {
    const random = new Random(15);
    const words = ['build', 'dist', 'src', 'Log', 'log', 'a', 'b.js', 'cache', '.env', 'x y', 'Tests', '#x', '!y'];
    const pick = <T>(items: readonly T[]): T => items[random.below(items.length)]!;
    const segment = (): string => {
      const parts = [pick(words), pick(['', '*', '?', '[abc]', '[!x]', '\\*', '**', '[a-z]']), pick(['', pick(words)])];
      return parts.join('');
    };
    let decided = 0;
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: random.int(1, 6) }, () => `${pick(['', '!', '/', '\\'])}${segment()}${pick(['', '/', '/' + segment(), ' '])}`);
      const text = lines.join('\n');
      for (const ignoreCase of [false, true]) {
        const rules = ignore({ allowRelativePaths: true, ignoreCase }).add(text);
        const literals = ignoreLiterals(text, ignoreCase);
        for (let i = 0; i < 40; i++) {
          const file = Array.from({ length: random.int(1, 4) }, () => pick([...words, 'index.ts', 'build.log', 'abc', 'xyz'])).join('/');
          const verdict = rules.test(file);
          if (!verdict.ignored && !verdict.unignored) continue;
          decided++;
          assert.equal(literals.mayMatch(file), true, `${JSON.stringify(text)} decides ${file}`);
        }
      }
    }
    assert.ok(decided > 500, `only ${decided} decided paths were drawn`);
  });

  it('makes a path below a directory relative by slicing, and falls back to path.relative elsewhere', () => {
    const root = path.resolve('/work/project');
    assert.equal(relativePosix(root, path.join(root, 'src', 'app.js')), 'src/app.js');
    assert.equal(relativePosix(root, root), '');
    assert.equal(relativePosix(root, path.resolve('/work/project-b/x.js')), '../project-b/x.js');
    assert.equal(relativePosix(path.parse(root).root, path.join(root, 'a.js')), path.relative(path.parse(root).root, path.join(root, 'a.js')).split(path.sep).join('/'));
  });
});
