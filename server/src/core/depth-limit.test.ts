import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.js';

const schema = buildSchema('type Query { node: Node } type Node { child: Node, name: String }');
const errorsOf = (query: string, max: number) => validate(schema, parse(query), [...specifiedRules, depthLimit(max)]).map((e) => e.extensions.code);

describe('depth limit', () => {
  it('counts nested fields, through fragments, and rejects deeper ones with TOO_COMPLEX', () => {
    expect(errorsOf('{ node { child { name } } }', 2)).toEqual([]);
    expect(errorsOf('{ node { child { child { name } } } }', 2)).toEqual(['TOO_COMPLEX']);
    expect(errorsOf('{ node { ...F } } fragment F on Node { child { child { name } } }', 2)).toEqual(['TOO_COMPLEX']);
  });

  it('lets the standard introspection query through (tools like GraphiQL send it 14 levels deep)', () => {
    expect(errorsOf(getIntrospectionQuery(), 3)).toEqual([]);
  });
});
