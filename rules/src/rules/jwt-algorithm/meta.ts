import type { RuleMeta } from '../../model/rule';

export const meta = {
  id: 'jwt-algorithm',
  description: 'Disallow the "none" JWT algorithm and require verifiers to pin an algorithm allow-list',
  rationale:
    'A JWT names its own algorithm in its header, and the header is written by whoever sent the token. A verifier that lets the token choose can be told "none" (no signature at all) or, when it holds an RSA or EC public key, "HS256" with that public key as the HMAC secret: both forge tokens for any user. Signing with "none" produces tokens anyone can rewrite. RFC 8725 §3.1 asks every verifier to accept only the algorithms it expects, and never to mix HMAC with public-key algorithms for one key.',
  category: 'jwt',
  cwe: [347, 327],
  references: [
    { title: 'RFC 8725 JSON Web Token Best Current Practices §2.1 and §3.1: Perform Algorithm Verification', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1' },
    { title: 'OWASP JSON Web Token Cheat Sheet: None Hashing Algorithm', url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html#none-hashing-algorithm' },
    { title: 'OWASP WSTG: Testing JSON Web Tokens', url: 'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/10-Testing_JSON_Web_Tokens' },
    { title: 'jsonwebtoken CVE-2022-23540 / CVE-2022-23541 (fixed in 9.0.0)', url: 'https://github.com/auth0/node-jsonwebtoken/security/advisories/GHSA-hjrf-2m68-5959' },
    { title: 'express-jwt CVE-2020-15084 (algorithms required since 6.0.0)', url: 'https://github.com/auth0/express-jwt/security/advisories/GHSA-6g6m-m6h5-w9gf' },
  ],
  defaultSeverity: 'error',
  presets: { recommended: 'error', strict: 'error' },
  fixable: false,
  hasSuggestions: true,
  messages: {
    noneSign:
      'This {{library}} token is signed with alg "none" (no signature). Sign it with HS256, RS256 or ES256.',
    noneSignEnv:
      'This {{library}} token is unsigned (alg "none") in some environments. Sign it with a real algorithm everywhere.',
    noneVerify:
      'This {{library}} verifier accepts alg "none", so unsigned tokens pass. Remove "none" from {{option}}.',
    mixed:
      'This {{library}} verifier accepts HMAC ({{hmac}}) and public-key ({{asymmetric}}) algorithms (algorithm confusion). Allow one family.',
    missingAllowList:
      'This {{library}} verifier lets the token choose its algorithm. Set {{option}} to the one your tokens are signed with.',
    allowOnly: "Accept only {{algorithm}}: set {{option}} to ['{{algorithm}}'] (tokens signed otherwise will be rejected).",
  },
  options: {
    requireAllowList: {
      type: 'boolean',
      description: 'Report verifiers (jsonwebtoken verify, express-jwt, passport-jwt, @fastify/jwt, @nestjs/jwt verifyOptions) that have no `algorithms` allow-list.',
      default: true,
    },
    requireAllowListWithTypedKeys: {
      type: 'boolean',
      description: "Also require an allow-list where the library already limits the algorithms to the key object's type (jose jwtVerify).",
      default: false,
    },
  },
} as const satisfies RuleMeta;
