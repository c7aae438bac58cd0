import * as assert from 'node:assert/strict';
import { assertKnown, assertUnknown, loadGrammar, phpFacts, sessions, single } from './support/facts';

const php = (body: string): string => `<?php\n${body}\n`;

describe('PHP session_id(): hashes of guessable data and wrappers', () => {
  before(loadGrammar);

  it('calls a hash of user data predictable, naming what is hashed', () => {
    const code = php("function f(array $user) { session_id(md5($user['email'])); session_start(); }");
    assertKnown(code, single(sessions(phpFacts(code))).session.genid, ["md5() of $user['email']"], "session_id(md5($user['email']))");
    const hashed = php("function f($u) { session_id(hash('sha256', $u->name)); session_start(); }");
    assertKnown(hashed, single(sessions(phpFacts(hashed))).session.genid, ['hash() of $u->name']);
  });

  it('keeps the inner sources of a hash of clock values, and trusts a hash of random bytes', () => {
    const clock = php('session_id(sha1(uniqid()));\nsession_start();');
    assertKnown(clock, single(sessions(phpFacts(clock))).session.genid, ['uniqid()']);
    const random = php('session_id(sha1(random_bytes(32)));\nsession_start();');
    assertKnown(random, single(sessions(phpFacts(random))).session.genid, []);
  });

  it('stays silent on hashes keyed with a secret or of values it cannot see', () => {
    for (const body of [
      'function f($user, $secretKey) { session_id(md5($secretKey . $user->id)); session_start(); }',
      'function f($user) { session_id(md5($user->getId())); session_start(); }',
      'function f($user) { session_id(md5(Config::SALT . $user)); session_start(); }',
    ]) {
      const code = php(body);
      assertUnknown(single(sessions(phpFacts(code))).session.genid);
    }
  });

  it('follows a same-file function that hands its parameter to session_id() to its callers', () => {
    const code = php("function begin(string $sid) { session_id($sid); session_start(); }\nbegin(session_create_id());\nbegin('g' . time());");
    assertKnown(code, single(sessions(phpFacts(code))).session.genid, ['time()'], "begin('g' . time())");
    const input = php("function begin($sid) { session_id($sid); session_start(); }\nbegin($_GET['sid']);");
    const fixation = single(phpFacts(input).filter((f) => f.kind === 'session-id-input'));
    assert.equal(fixation.kind === 'session-id-input' && fixation.source, "$_GET['sid']");
  });

  it('stops on a variable that hashes itself (fuzzing found the stack overflow)', () => {
    const code = php('function f() { $sid = md5($sid . $sid); session_id($sid); session_start(); }');
    assertUnknown(single(sessions(phpFacts(code))).session.genid);
  });

  it('reports a predictable id among several session_id() calls with bare session_start()s', () => {
    const code = php("function guest() { session_id('g' . mt_rand()); session_start(); }\nfunction member() { session_id(session_create_id()); session_start(); }");
    assertKnown(code, single(sessions(phpFacts(code))).session.genid, ['mt_rand()'], "session_id('g' . mt_rand())");
  });

  it('does not follow a parameter that the function reassigns', () => {
    const code = php("function begin($sid) { $sid = $sid ?: fetch_id(); session_id($sid); session_start(); }\nbegin(uniqid());");
    assertUnknown(single(sessions(phpFacts(code))).session.genid);
  });
});
