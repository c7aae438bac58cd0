import * as assert from 'node:assert/strict';
import { TextCache } from '../../../rules/dist/workspace/textCache';

describe('TextCache (the texts a project loader keeps)', () => {
  it('drops the least recently used texts past its total length, keeping the newest even when it alone is over', () => {
    const cache = new TextCache(10);
    cache.set('a.js', 'aaaa');
    cache.set('b.js', 'bbbb');
    // Reading a.js makes b.js the oldest.
    assert.equal(cache.get('a.js'), 'aaaa');
    cache.set('c.js', 'cccc');
    assert.equal(cache.get('b.js'), undefined);
    assert.equal(cache.get('a.js'), 'aaaa');
    assert.equal(cache.get('c.js'), 'cccc');
    cache.set('big.js', 'x'.repeat(20));
    assert.equal(cache.get('big.js'), 'x'.repeat(20));
    assert.equal(cache.get('a.js'), undefined);
  });

  it('keeps a file that could not be read (null) at no cost, and replaces a text set again', () => {
    const cache = new TextCache(4);
    cache.set('missing.js', null);
    cache.set('a.js', 'aa');
    cache.set('a.js', 'aaaa');
    assert.equal(cache.get('missing.js'), null);
    assert.equal(cache.get('a.js'), 'aaaa');
    cache.delete('a.js');
    assert.equal(cache.get('a.js'), undefined);
  });
});
