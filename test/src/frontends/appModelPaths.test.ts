import * as assert from 'node:assert/strict';
import { joinPath, layerApplies } from '../../../rules/dist/frontends/js/assembly/appModel';

describe('app model: mount paths', () => {
  it('joins mount paths as Express does', () => {
    assert.equal(joinPath('', '/login'), '/login');
    assert.equal(joinPath('/', '/login'), '/login');
    assert.equal(joinPath('/api', '/'), '/api');
    assert.equal(joinPath('/api/', '/auth'), '/api/auth');
    assert.equal(joinPath('/api', 'auth'), '/api/auth');
    assert.equal(joinPath('', '/'), '/');
  });

  it('applies a middleware to the routes below its mount path, whole segments only', () => {
    assert.equal(layerApplies('/', '/anything'), true);
    assert.equal(layerApplies(undefined, '/anything'), true, 'a path that is not a literal may match');
    assert.equal(layerApplies('/auth', '/auth/login'), true);
    assert.equal(layerApplies('/auth', '/auth'), true);
    assert.equal(layerApplies('/auth/', '/auth/login'), true);
    assert.equal(layerApplies('/auth', '/authors'), false, 'Express matches whole segments');
    assert.equal(layerApplies('/rest/user/reset-password', '/rest/user/login'), false);
    assert.equal(layerApplies('/api/admin', '/api/auth/signin'), false);
  });
});
