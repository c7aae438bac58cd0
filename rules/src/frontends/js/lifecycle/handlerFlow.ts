import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { dottedPath, isFunction, memberName, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import { valueNodesWithin, type FileContext } from '../fileContext';
import { lookup } from '../scope';
import { Coverage } from './coverage';
import { CREDENTIAL_CALL_NAMES, HASHING_OBJECT_NAMES } from './credentials';
import type { Resolver } from '../resolve';
import { followHelpers, type ContextMember, type HelperParams, type WriteSite } from './helperFlow';
import { handsPasswordToLogin, isCredentialComparison, isIdentityAfterCredential } from './credentialWrites';
import { passportContextEffect } from './graphqlPassport';

/** Session keys that hold who the user is; writing one is logging somebody in. */
const IDENTITY_KEY = /^(user|users?id|user_?id|uid|userinfo|currentuser|account|account_?id|auth|authenticated|isauthenticated|authuser|loggedin|isloggedin|logged_?in|signedin|issignedin|signed_?in|is_?signed_?in|role|roles|admin|isadmin|admin_?id|email|username|login|passport|member|memberid|customer|customerid|principal|identity|profile)$/i;

/** Calls that check a password or credential. `verify` only counts on password hashing libraries. */
const CREDENTIAL_CALL = new RegExp(`^(${CREDENTIAL_CALL_NAMES.join('|')})$`);
const HASHING_OBJECTS = new RegExp(`^(${HASHING_OBJECT_NAMES.join('|')})$`, 'i');
/** Methods of the project's own services that renew the session passed to them. */
const RENEWAL_METHOD = /^(regenerate|regenerateSession|renewSession|rotateSession|regenerateSessionId|renewSessionId)$/;

export interface HandlerFlow {
  readonly identityWrites: readonly Node[];
  /** The first identity write not covered by a renewal before it. */
  readonly firstUncovered?: Node;
  /** Where that write really is when it is a helper call's (`loginUser(req, user)` writing `req.session.user`). */
  readonly identitySite?: WriteSite;
  /** Session keys not named like an identity, written where no credential was checked: the identity if the caller checks one. */
  readonly unnamedWrites: readonly Node[];
  readonly renewals: readonly Node[];
  /** passport `req.login` / `req.logIn` calls. */
  readonly passportLogins: readonly TSESTree.CallExpression[];
  readonly destroys: readonly Node[];
  readonly passportLogouts: readonly TSESTree.CallExpression[];
  readonly partialLogouts: readonly Node[];
  readonly credentialChecks: readonly string[];
  /** Names of other calls the first uncovered write waits for (callback, `.then`, `await`): candidate login helpers. */
  readonly awaitedCalls: readonly string[];
  /** Every call the handler makes, by dotted name (candidate logout helpers). */
  readonly calls: readonly string[];
}

export interface FlowInput {
  readonly file: FileContext;
  readonly handler: FunctionNode;
  /** The request parameter's name (`req`, `request`), or its path in a GraphQL context (`ctx.req`); undefined when the handler has none. */
  readonly requestName: string | undefined;
  /** Names bound directly to the session object (`@Session() session`, `const { session } = req`, a context's `ctx.session`). */
  readonly sessionNames: readonly string[];
  /** passport's req.login renews the session (passport ≥ 0.6, or version unknown). */
  readonly passportRenews: boolean;
  /** Resolves the project's own functions the handler calls, to follow them (none: the handler's body alone). */
  readonly resolver?: Resolver;
  /** How many helper calls deep this flow is (0: the handler). */
  readonly depth?: number;
  /** A graphql-passport context's name (`context.login(user)` is passport's `req.login`): see graphqlPassport.ts. */
  readonly passportContext?: string;
  /** The functions a GraphQL context carries, followed like helpers (`context.logout()`). */
  readonly contextMember?: ContextMember;
}

/** The flow of a handler left unread (the budget was spent): it does nothing anyone can report. */
const NO_FLOW: HandlerFlow = { identityWrites: [], unnamedWrites: [], renewals: [], passportLogins: [], destroys: [], passportLogouts: [], partialLogouts: [], credentialChecks: [], awaitedCalls: [], calls: [] };

/** What a handler does to the session, and in which order. */
export function analyzeHandlerFlow(input: FlowInput): HandlerFlow {
  const { handler, requestName } = input;
  // Walked once: every loop below reads the same nodes.
  const nodes = valueNodesWithin(handler);
  // Handlers nest (a route registered inside a handler): each walk is paid for, so nesting cannot go quadratic unbounded.
  if (!input.file.budget.spend('handler flows', nodes.length)) return NO_FLOW;
  const sessionNames = new Set(input.sessionNames);
  // A GraphQL resolver reaches the request through its context: `ctx.req`, a session put there `ctx.session`.
  const dotted = (target: Node): string | undefined => (target.type === 'MemberExpression' ? dottedPath(target)?.join('.') : undefined);
  const isRequest = (node: Node): boolean => {
    const target = unwrap(node);
    if (requestName === undefined) return false;
    return target.type === 'Identifier' ? target.name === requestName : requestName.includes('.') && dotted(target) === requestName;
  };
  const isSession = (node: Node): boolean => {
    const target = unwrap(node);
    if (target.type === 'Identifier') return sessionNames.has(target.name);
    if (sessionNames.size > 0 && sessionNames.has(dotted(target) ?? '')) return true;
    return target.type === 'MemberExpression' && memberName(target) === 'session' && isRequest(target.object);
  };
  // `const session = req.session` / `const { session } = req` inside the handler.
  for (const node of nodes) {
    if (node.type !== 'VariableDeclarator' || !node.init) continue;
    if (node.id.type === 'Identifier' && isSession(node.init)) sessionNames.add(node.id.name);
    if (node.id.type === 'ObjectPattern' && isRequest(node.init)) {
      for (const property of node.id.properties) {
        if (property.type === 'Property' && memberKey(property.key) === 'session' && property.value.type === 'Identifier') sessionNames.add(property.value.name);
      }
    }
  }

  const identityWrites: Node[] = [];
  const renewals: Node[] = [];
  const passportLogins: TSESTree.CallExpression[] = [];
  const destroys: Node[] = [];
  const passportLogouts: TSESTree.CallExpression[] = [];
  const partialLogouts: Node[] = [];
  const credentialChecks: string[] = [];
  // Passwords handed to calls named as logins: evidence after the checks the handler and its helpers show.
  const handedOnChecks: string[] = [];
  // Session keys not named like an identity (`admin_logged_in`, `currentUserState`): the identity when a credential was checked.
  const otherWrites: Node[] = [];

  for (const node of nodes) {
    if (node.type === 'AssignmentExpression' && node.operator === '=') {
      const left = unwrap(node.left);
      if (left.type !== 'MemberExpression') continue;
      if (isSession(left) && isNullish(node.right)) destroys.push(node); // cookie-session: req.session = null
      else if (sessionKeyOf(left, isSession) !== undefined) {
        const key = sessionKeyOf(left, isSession)!;
        // `req.session.cookie.maxAge = 0` expires the cookie in the browser only.
        if (isCleared(node.right) || key === 'cookie') partialLogouts.push(node);
        else if (IDENTITY_KEY.test(key)) identityWrites.push(node);
        else if (isIdentityAfterCredential(key)) otherWrites.push(node);
      }
    } else if (node.type === 'MemberExpression' && isSession(node.object) && !isCalleeOf(input.file, node)) {
      // `promisify(req.session.destroy.bind(req.session))`: the method is taken to be called later.
      const method = memberName(node);
      if (method === 'destroy') destroys.push(...laterCalls(input.file, nodes, node));
      if (method === 'regenerate') renewals.push(...laterCalls(input.file, nodes, node));
    } else if (node.type === 'BinaryExpression' && isCredentialComparison(node, isRequest, input.file)) {
      credentialChecks.push('password comparison');
    } else if (node.type === 'UnaryExpression' && node.operator === 'delete') {
      const argument = unwrap(node.argument);
      if (argument.type === 'MemberExpression' && sessionKeyOf(argument, isSession) !== undefined) partialLogouts.push(node);
    } else if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee);
      if (callee.type === 'Identifier' && (CREDENTIAL_CALL.test(callee.name) || isHashingImport(input.file, callee))) credentialChecks.push(callee.name);
      const handedOn = handsPasswordToLogin(node);
      if (handedOn) handedOnChecks.push(handedOn);
      if (callee.type !== 'MemberExpression') continue;
      const method = memberName(callee);
      const path = dottedPath(callee);
      if (RENEWAL_METHOD.test(method ?? '') && node.arguments.some((a) => isRequest(a) || isSession(a))) {
        // A service that renews the session it is given: `await this.auth.regenerateSession(req)`.
        renewals.push(node);
      } else if (isSession(callee.object)) {
        const setKey = method === 'set' ? stringLiteral(node.arguments[0]) : undefined;
        if (method === 'regenerate') renewals.push(node);
        // client-sessions' reset() empties the session and gives it a new id: its logout.
        else if (method === 'destroy' || method === 'delete' || method === 'reset') destroys.push(node);
        else if (method === 'set' && node.arguments[1] && isCleared(node.arguments[1])) partialLogouts.push(node);
        else if (setKey !== undefined && IDENTITY_KEY.test(setKey)) identityWrites.push(node);
        // `request.session.set('id', user.id)` after a password check: the identity whatever its key (as for assignments).
        else if (setKey !== undefined && isIdentityAfterCredential(setKey)) otherWrites.push(node);
      } else if (isRequest(callee.object) && (method === 'login' || method === 'logIn')) {
        // `req.logIn(user, { session: false }, cb)` (a token API authenticating one request) writes nothing into the session.
        if (!withoutSession(node.arguments[1])) passportLogins.push(node);
      } else if (isRequest(callee.object) && method === 'destroySession') {
        // fastify-session (before @fastify/session) ends the session on the request: `request.destroySession(cb)`.
        destroys.push(node);
      } else if (isRequest(callee.object) && (method === 'logout' || method === 'logOut')) {
        passportLogouts.push(node);
      } else if (input.passportContext !== undefined && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === input.passportContext) {
        const effect = passportContextEffect(input.file.project, method, input.passportRenews);
        if (effect === 'login') passportLogins.push(node);
        else if (effect === 'logout') passportLogouts.push(node);
        else if (effect === 'ends-session') destroys.push(node);
        else if (effect === 'partial-logout') partialLogouts.push(node);
        else if (effect === 'credential-check') credentialChecks.push('passport.authenticate');
      } else if (method === 'clearCookie') {
        partialLogouts.push(node);
      } else if (callee.object.type === 'Identifier' && callee.object.name === 'Object' && method === 'assign' && node.arguments[0] && isSession(node.arguments[0])) {
        const source = node.arguments[1] && unwrap(node.arguments[1]);
        if (source?.type === 'ObjectExpression' && source.properties.some((p) => p.type === 'Property' && IDENTITY_KEY.test(memberKey(p.key) ?? ''))) identityWrites.push(node);
      }
      if (method && path && (CREDENTIAL_CALL.test(method) || (method === 'verify' && HASHING_OBJECTS.test(path[0] ?? '')))) credentialChecks.push(path.join('.'));
      if (path?.join('.') === 'passport.authenticate') credentialChecks.push('passport.authenticate');
    }
  }

  // The project's own functions the handler hands the request, the session or a password to.
  const helpers = input.resolver
    ? followHelpers({
        file: input.file,
        enclosing: handler,
        own: { requestName, sessionNames: [...sessionNames] },
        resolver: input.resolver,
        depth: input.depth ?? 0,
        calls: nodes.filter((node): node is TSESTree.CallExpression => node.type === 'CallExpression'),
        isRequest,
        isSession,
        forwarded: { handler, requestName, sessionNames: [...sessionNames] },
        contextMember: input.depth ? undefined : input.contextMember,
        analyze: (target, params, depth) => helperFlow(target.fn, target.file, params, input, depth),
      })
    : undefined;
  if (helpers) {
    identityWrites.push(...helpers.identityWrites);
    renewals.push(...helpers.renewals);
    passportLogins.push(...helpers.passportLogins);
    destroys.push(...helpers.destroys);
    passportLogouts.push(...helpers.passportLogouts);
    partialLogouts.push(...helpers.partialLogouts);
    credentialChecks.push(...helpers.credentialChecks);
  }
  credentialChecks.push(...handedOnChecks);
  const unnamedWrites = [...otherWrites, ...(helpers?.unnamedWrites ?? [])];
  if (credentialChecks.length > 0) identityWrites.push(...unnamedWrites);
  // Before passport 0.6, req.logIn() stores the user in the session it finds: it is an identity write, not a renewal.
  if (!input.passportRenews) identityWrites.push(...passportLogins);
  for (const list of [identityWrites, renewals, passportLogins, destroys, passportLogouts, partialLogouts]) list.sort((a, b) => a.range[0] - b.range[0]);
  const renewing = input.passportRenews ? [...renewals, ...passportLogins] : renewals;
  const coverage = new Coverage(input.file, renewing);
  const firstUncovered = identityWrites.find((write) => !helpers?.selfRenewing.has(write) && !coverage.covers(write));
  const identitySite = firstUncovered ? helpers?.writeSites.get(firstUncovered) : undefined;
  const awaitedCalls: string[] = [];
  if (firstUncovered) {
    for (const node of nodes) {
      if (node.type !== 'CallExpression' || !new Coverage(input.file, [node]).covers(firstUncovered)) continue;
      const path = dottedPath(node.callee);
      if (path) awaitedCalls.push(path.join('.'));
    }
  }
  const calls: string[] = [];
  for (const node of nodes) {
    const path = node.type === 'CallExpression' ? dottedPath(node.callee) : undefined;
    // A helper judged by what it does to the session is no delegation to unknown code, nor is passport on a graphql-passport context.
    if (path && !helpers?.judged.has(path.join('.')) && !(path.length === 2 && path[0] === input.passportContext)) calls.push(path.join('.'));
  }
  calls.push(...(helpers?.calls ?? []));
  return { identityWrites, unnamedWrites: credentialChecks.length > 0 ? [] : unnamedWrites.filter((write) => !coverage.covers(write)), firstUncovered, identitySite, renewals, passportLogins, destroys, passportLogouts, partialLogouts, credentialChecks, awaitedCalls, calls };
}

/** Helper flows by function and by how the request and session reach it: each helper is read once per question. */
const helperFlows = new WeakMap<FunctionNode, Map<string, HandlerFlow>>();

function helperFlow(fn: FunctionNode, file: FileContext, params: HelperParams, caller: FlowInput, depth: number): HandlerFlow {
  let byParams = helperFlows.get(fn);
  if (!byParams) helperFlows.set(fn, (byParams = new Map()));
  const key = `${file.fileName}|${params.requestName ?? ''}|${params.sessionNames.join(',')}|${caller.passportRenews}|${depth}`;
  const known = byParams.get(key);
  if (known) return known;
  // A helper that calls itself (directly or round a cycle) is read as doing nothing more the second time.
  byParams.set(key, NO_FLOW);
  const flow = analyzeHandlerFlow({ file, handler: fn, requestName: params.requestName, sessionNames: params.sessionNames, passportRenews: caller.passportRenews, resolver: caller.resolver, depth });
  byParams.set(key, flow);
  return flow;
}

/** `verify(hash, password)` with `import { verify } from 'argon2'`: a hashing library's check, imported by name. */
function isHashingImport(file: FileContext, callee: TSESTree.Identifier): boolean {
  if (callee.name !== 'verify' && callee.name !== 'compare') return false;
  const binding = lookup(file, callee.name, callee);
  return binding?.kind === 'import' && HASHING_OBJECTS.test(binding.source);
}

/**
 * Where a method taken off the session runs: `const regenerate = promisify(req.session.regenerate.bind(req.session))`
 * runs at each `regenerate()` call in the handler. A method not bound to a name runs where it is
 * written (`await promisify(req.session.regenerate.bind(req.session))()`).
 */
function laterCalls(file: FileContext, handlerNodes: readonly Node[], member: Node): Node[] {
  let current: Node = member;
  let parent = file.parentOf(current);
  while (parent && (parent.type === 'MemberExpression' || parent.type === 'CallExpression' || parent.type === 'AwaitExpression')) {
    current = parent;
    parent = file.parentOf(current);
  }
  if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return [member];
  const name = parent.id.name;
  const calls: Node[] = [];
  for (const node of handlerNodes) {
    if (node.type === 'CallExpression' && unwrap(node.callee).type === 'Identifier' && (unwrap(node.callee) as TSESTree.Identifier).name === name) calls.push(node);
  }
  return calls.length > 0 ? calls : [member];
}

function isCalleeOf(file: FileContext, member: Node): boolean {
  const parent = file.parentOf(member);
  return parent?.type === 'CallExpression' && parent.callee === member;
}

function memberKey(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}

/** `req.session.user.id = …` → 'user': the first key below the session object. */
function sessionKeyOf(member: TSESTree.MemberExpression, isSession: (node: Node) => boolean): string | undefined {
  let current: Node = member;
  while (current.type === 'MemberExpression') {
    if (isSession(current.object)) return memberName(current);
    current = unwrap(current.object);
  }
  return undefined;
}

/** `null`, `undefined`, `false` or `''` written over a session key: the key is cleared (`req.session.user = ""` at logout). */
function isCleared(node: Node): boolean {
  const target = unwrap(node);
  return isNullish(target) || (target.type === 'Literal' && (target.value === false || target.value === ''));
}

function isNullish(node: Node): boolean {
  const target = unwrap(node);
  return (target.type === 'Literal' && target.value === null) || (target.type === 'Identifier' && target.name === 'undefined');
}

/** passport's `{ session: false }` login option, written in place. */
function withoutSession(options: TSESTree.CallExpressionArgument | undefined): boolean {
  const target = options ? unwrap(options) : undefined;
  return (
    target?.type === 'ObjectExpression' &&
    target.properties.some((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === 'session' && p.value.type === 'Literal' && p.value.value === false)
  );
}
