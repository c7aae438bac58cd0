import * as assert from 'node:assert/strict';
import { mayHoldMutationMap } from '../../../../rules/dist/frontends/js/assembly/graphql/mutationMapHint';

/**
 * The text test before a module is parsed for the package's GraphQL mutation maps: every shape the
 * composed-map reading finds must pass it; decorator imports and codegen'd type members must not
 * (they sent every Nest resolver of a package to the parser).
 */
describe('JS GraphQL: which modules may hold a mutation map (before parsing them)', () => {
  const maps: Record<string, string> = {
    'a resolver map with a Mutation object': `module.exports = {\n  Query: { me },\n  Mutation: {\n    login,\n  },\n};`,
    'a shorthand Mutation property': `const Mutation = require('./Mutation');\nmodule.exports = { Query, Mutation };`,
    'a shorthand Mutation property last, before the brace': `export const resolvers = { Query, Mutation }`,
    'a quoted key': `const resolvers = { 'Mutation': { ...auth } };`,
    'a computed string key': `const resolvers = { ["Mutation"]: mutations };`,
    'a graphql-js object type named Mutation': `const MutationType = new GraphQLObjectType({\n  name: 'Mutation',\n  fields: () => ({ login: loginField }),\n});`,
    'a map after a decorator import in the same file': `import { Mutation, Resolver } from '@nestjs/graphql';\nexport const legacy = { Mutation: { logout } };`,
    'an object whose first property is Mutation, after a default import': `import resolvers, { helper } from './x';\nexport default { Mutation, Query };`,
  };
  for (const [name, text] of Object.entries(maps)) {
    it(`reads ${name}`, () => assert.equal(mayHoldMutationMap(text), true));
  }

  const notMaps: Record<string, string> = {
    'a Nest resolver importing the @Mutation decorator': `import {\n  Args,\n  Mutation,\n  Query,\n  Resolver,\n} from '@nestjs/graphql';\n\n@Resolver()\nexport class TeamResolver {\n  @Mutation(() => Team)\n  createTeam(@Args('name') name: string) {}\n}`,
    'a type-only import with a default binding': `import type { Mutation } from './generated';\nimport gql, { Mutation as M } from 'graphql-tag';`,
    'a re-export': `export { Mutation } from './resolvers';`,
    'codegen type members as type arguments': `await shopClient.query<ApplyCouponCode.Mutation, ApplyCouponCode.Variables>(APPLY_COUPON_CODE, {});\nconst calls = [AddItemToOrder.Mutation, ApplyCouponCode.Mutation];`,
    'a spread of a Mutation object': `export default { ...Mutation }`,
    'longer names': `const MutationType = 1; const isMutation = true; const m = { SomeMutation: 1, MutationFields: 2 };`,
    'the decorator called': `@Mutation(() => Boolean)\nasync logout() {}`,
  };
  for (const [name, text] of Object.entries(notMaps)) {
    it(`skips ${name}`, () => assert.equal(mayHoldMutationMap(text), false));
  }

  it('takes a name it cannot place for a property: past a bounded look-back, the file is parsed', () => {
    // The look-back is bounded so that a file naming Mutation many times is read in linear time.
    assert.equal(mayHoldMutationMap(`import {${' Mutation,'.repeat(20_000)} } from '@nestjs/graphql';`), true);
    assert.equal(mayHoldMutationMap(`import {${' Args,'.repeat(20)} Mutation } from '@nestjs/graphql';`), false);
  });
});
