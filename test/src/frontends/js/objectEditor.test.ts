import * as assert from 'node:assert/strict';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FixValue, OptionKey, TextEdit } from '../../../../rules/dist/model/edit';
import { FileContext } from '../../../../rules/dist/frontends/js/fileContext';
import { insertProperty, objectEditor, removeProperty, renderValue, type OptionSyntax } from '../../../../rules/dist/frontends/js/objectEditor';
import { parseJs } from '../../../../rules/dist/frontends/js/parse';
import { Resolver } from '../../../../rules/dist/frontends/js/resolve';
import { applyAndParse, sessionConfigs, single } from './support/facts';

/** express-session-like option paths, enough to drive the editor on its own. */
const PATHS: Partial<Record<OptionKey, readonly string[]>> = { httpOnly: ['cookie', 'httpOnly'], secure: ['cookie', 'secure'], maxAge: ['cookie', 'maxAge'], domain: ['cookie', 'domain'], name: ['name'], sameSite: ['cookie', 'sameSite'] };
const syntax: OptionSyntax = { path: (key) => PATHS[key], render: (_key, value, quote) => renderValue(value, quote, 'ms') };

/** The editor for the argument of the one `configure(…)` call in the snippet. */
function editorFor(code: string) {
  const program = parseJs(code, '/project/src/app.ts').program!;
  const file = new FileContext(program, code, '/project/src/app.ts', { dependencies: {} });
  const call = file.calls.find((c) => c.callee.type === 'Identifier' && c.callee.name === 'configure')!;
  const options = call.arguments[0] ? new Resolver(file).resolve(call.arguments[0], file) : undefined;
  return objectEditor({ file, options, syntax, addOptionsArgument: (text) => [{ range: { start: call.range[1] - 1, end: call.range[1] - 1 }, newText: text }] });
}

function set(code: string, key: OptionKey, value: FixValue): string {
  return applyAndParse(code, editorFor(code).setOption(key, value));
}

const TRUE: FixValue = { type: 'boolean', value: true };

describe('JS object editor', () => {
  describe('inserting', () => {
    it('adds a line to a multi-line object, adding the missing comma', () => {
      const code = "configure({\n  cookie: {\n    secure: true\n  }\n});\n";
      assert.equal(set(code, 'httpOnly', TRUE), "configure({\n  cookie: {\n    secure: true,\n    httpOnly: true\n  }\n});\n");
    });

    it('keeps a trailing comma style', () => {
      const code = "configure({\n  cookie: {\n    secure: true,\n  },\n});\n";
      assert.equal(set(code, 'httpOnly', TRUE), "configure({\n  cookie: {\n    secure: true,\n    httpOnly: true,\n  },\n});\n");
    });

    it('adds inline to a single-line object, with or without a trailing comma', () => {
      assert.equal(set('configure({ cookie: { secure: true } });', 'httpOnly', TRUE), 'configure({ cookie: { secure: true, httpOnly: true } });');
      assert.equal(set('configure({ cookie: { secure: true, } });', 'httpOnly', TRUE), 'configure({ cookie: { secure: true, httpOnly: true, } });');
    });

    it('fills an empty object', () => {
      assert.equal(set('configure({ cookie: {} });', 'httpOnly', TRUE), 'configure({ cookie: { httpOnly: true } });');
    });

    it('creates the nested path when the parent option is missing', () => {
      const code = "configure({\n  secret: process.env.SECRET,\n});\n";
      assert.equal(set(code, 'secure', TRUE), "configure({\n  secret: process.env.SECRET,\n  cookie: { secure: true },\n});\n");
    });

    it('adds a whole options argument when there is none', () => {
      assert.equal(set('configure();', 'httpOnly', TRUE), 'configure({ cookie: { httpOnly: true } });');
    });

    it('keeps CRLF line ends and the indentation of the object', () => {
      const code = "configure({\r\n\tcookie: {\r\n\t\tsecure: true\r\n\t}\r\n});\r\n";
      assert.equal(set(code, 'httpOnly', TRUE), "configure({\r\n\tcookie: {\r\n\t\tsecure: true,\r\n\t\thttpOnly: true\r\n\t}\r\n});\r\n");
    });

    it('inserts after a trailing comment on the last property', () => {
      const code = "configure({\n  cookie: {\n    secure: true, // behind TLS\n  },\n});\n";
      const result = set(code, 'httpOnly', TRUE);
      assert.ok(result.includes('secure: true, // behind TLS'), result);
      assert.ok(result.includes('httpOnly: true'), result);
    });

    it('uses the quote style of the object', () => {
      const code = 'configure({ name: "sid", cookie: { secure: true } });';
      assert.equal(set(code, 'sameSite', { type: 'string', value: 'lax' }), 'configure({ name: "sid", cookie: { secure: true, sameSite: "lax" } });');
    });

    it('renders durations as readable products', () => {
      assert.equal(set('configure({ cookie: {} });', 'maxAge', { type: 'duration', seconds: 8 * 3600 }), 'configure({ cookie: { maxAge: 8 * 60 * 60 * 1000 } });');
      assert.equal(set('configure({ cookie: {} });', 'maxAge', { type: 'duration', seconds: 90 }), 'configure({ cookie: { maxAge: 90 * 1000 } });');
    });
  });

  describe('replacing', () => {
    it('replaces a value and keeps the key', () => {
      assert.equal(set('configure({ cookie: { secure: false, httpOnly: false } });', 'httpOnly', TRUE), 'configure({ cookie: { secure: false, httpOnly: true } });');
    });

    it('expands a shorthand property', () => {
      const code = 'const secure = false;\nconfigure({ cookie: { secure } });';
      assert.equal(set(code, 'secure', TRUE), 'const secure = false;\nconfigure({ cookie: { secure: true } });');
    });

    it('edits the const object the options come from', () => {
      const code = 'const cookie = { secure: false };\nconfigure({ secret: s, cookie });';
      assert.equal(set(code, 'secure', TRUE), 'const cookie = { secure: true };\nconfigure({ secret: s, cookie });');
    });

    it('renders an env value as a process.env read', () => {
      assert.equal(set("configure({ name: 'x' });", 'name', { type: 'env', name: 'COOKIE_NAME' }), 'configure({ name: process.env.COOKIE_NAME });');
    });

    it('refuses options that come from another place it cannot edit', () => {
      assert.equal(editorFor('configure(loadOptions());').setOption('secure', TRUE), undefined);
      assert.equal(editorFor('configure({ cookie: makeCookie() });').setOption('secure', TRUE), undefined);
    });
  });

  describe('removing', () => {
    it('removes a property on its own line with its comma', () => {
      const code = "configure({\n  cookie: {\n    domain: '.example.com',\n    secure: true,\n  },\n});\n";
      assert.equal(applyAndParse(code, editorFor(code).removeOption?.('domain')), 'configure({\n  cookie: {\n    secure: true,\n  },\n});\n');
    });

    it('removes the last property on its own line in a CRLF file', () => {
      const code = "configure({\r\n  cookie: {\r\n    secure: true,\r\n    domain: '.example.com'\r\n  }\r\n});\r\n";
      assert.equal(applyAndParse(code, editorFor(code).removeOption?.('domain')), 'configure({\r\n  cookie: {\r\n    secure: true,\r\n  }\r\n});\r\n');
    });

    it('removes a property inside a single-line object', () => {
      const code = "configure({ cookie: { domain: 'example.com', secure: true } });";
      assert.equal(applyAndParse(code, editorFor(code).removeOption?.('domain')), 'configure({ cookie: { secure: true } });');
    });

    it('returns nothing when the property is not there', () => {
      assert.equal(editorFor('configure({ cookie: { secure: true } });').removeOption?.('domain'), undefined);
    });
  });

  describe('insertProperty / removeProperty directly', () => {
    function objectAt(code: string): { file: FileContext; object: TSESTree.ObjectExpression } {
      const program = parseJs(code, 'a.js').program!;
      const file = new FileContext(program, code, 'a.js', { dependencies: {} });
      const declaration = program.body[0] as TSESTree.VariableDeclaration;
      return { file, object: declaration.declarations[0]!.init as TSESTree.ObjectExpression };
    }

    it('inserts into a multi-line object whose closing brace shares the last line', () => {
      const { file, object } = objectAt('const o = {\n  a: 1,\n  b: 2 };');
      const edits: TextEdit[] = insertProperty(file, object, 'c: 3');
      assert.equal(applyAndParse(file.text, edits, 'a.js'), 'const o = {\n  a: 1,\n  b: 2, c: 3 };');
    });

    it('removes a property followed by a comment on its line', () => {
      const { file, object } = objectAt('const o = {\n  a: 1, // first\n  b: 2,\n};');
      assert.equal(applyAndParse(file.text, removeProperty(file, object.properties[0]!), 'a.js'), 'const o = {\n  b: 2,\n};');
    });
  });

  it('fixes an express-session fact end to end and the result reads as fixed', () => {
    const code = "import session from 'express-session';\napp.use(session({\n  secret: process.env.SECRET,\n  cookie: { maxAge: 60000 },\n}));\n";
    const fact = single(sessionConfigs(code));
    const fixed = applyAndParse(code, fact.editor?.setOption('secure', TRUE));
    const after = single(sessionConfigs(fixed));
    assert.ok(after.cookie.secure.kind === 'known' && after.cookie.secure.value === true);
    assert.ok(after.cookie.maxAge.kind === 'known' && after.cookie.maxAge.value === 60);
  });
});
