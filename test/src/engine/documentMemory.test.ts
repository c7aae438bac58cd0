import * as assert from 'node:assert/strict';
import { DocumentMemory, MemorySlot } from '../../../rules/dist/model/documentMemory';

describe('document memory', function () {
  it('disposes a value when it is replaced or the memory is disposed, never one handed out by take()', () => {
    const disposed: string[] = [];
    const trees = new MemorySlot<{ name: string }>('test.trees', (value) => disposed.push(value.name));
    const counts = new MemorySlot<number>('test.counts');
    const memory = new DocumentMemory();
    const first = { name: 'first' };
    memory.set(trees, first);
    memory.set(trees, first);
    assert.deepEqual(disposed, [], 'setting the same value again disposes nothing');
    memory.set(trees, { name: 'second' });
    assert.deepEqual(disposed, ['first']);
    const taken = memory.take(trees);
    assert.equal(taken?.name, 'second');
    assert.equal(memory.get(trees), undefined);
    memory.set(trees, { name: 'third' });
    memory.set(counts, 3);
    assert.equal(memory.get(counts), 3);
    memory.dispose();
    assert.deepEqual(disposed, ['first', 'third'], 'the taken value is the caller’s to dispose');
    assert.equal(memory.get(trees), undefined);
    assert.equal(memory.get(counts), undefined);
  });
});
