const { Parser, Language } = require('web-tree-sitter');
(async () => {
  await Parser.init();
  const lang = await Language.load(require.resolve('tree-sitter-php/package.json').replace('package.json','tree-sitter-php.wasm'));
  const p = new Parser(); p.setLanguage(lang);
  const src = process.argv[2];
  const t = p.parse(src);
  function dump(n, d, f) { console.log(' '.repeat(d) + (f? f+': ':'') + n.type + (n.isNamed? '':'(anon)') + ' [' + n.startIndex + ',' + n.endIndex + '] ' + (n.childCount === 0 ? JSON.stringify(n.text) : '') + (n.isMissing?' MISSING':'') ); for (let i=0;i<n.childCount;i++){ const c=n.child(i); dump(c, d+2, n.fieldNameForChild(i));} }
  dump(t.rootNode, 0);
})();
