import { randomUUID } from 'node:crypto';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture } from '../../test/factories.js';
import { graphql } from '../../test/gql/index.js';
import {
  codes,
  type GraphQLResponse,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../test/harness.js';
import { buildAppSchema } from '../schema.js';
import { isAcceptableText } from './text-input.js';

/** Text no input may carry: a NUL, a high surrogate alone, a low surrogate alone. */
const SEND = graphql(`
  mutation TextInputSend($i: SendMessageInput!) {
    sendMessage(input: $i) { body }
  }
`);

const BAD_TEXT = {
  NUL: 'a\u0000b',
  'a lone high surrogate': 'a\ud800b',
  'a lone low surrogate': 'a\udc00b',
} as const;

type Path = Array<string | number>;

/** A text input of the schema: an argument of a root field, or a String/ID somewhere inside one. */
interface TextInput {
  operation: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  /** Inside the argument's value: input fields and list positions. */
  path: Path;
}

const isText = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
};

/** Every path to a String or ID inside a value of `type` (one element of each list). */
function textPaths(type: GraphQLInputType, depth = 0): Path[] {
  if (isNonNullType(type)) return textPaths(type.ofType, depth);
  if (isListType(type)) return textPaths(type.ofType, depth).map((path) => [0, ...path]);
  if (isText(type)) return [[]];
  if (!isInputObjectType(type) || depth > 4) return [];
  return Object.values(type.getFields()).flatMap((field) =>
    textPaths(field.type, depth + 1).map((path) => [field.name, ...path]),
  );
}

/** A value of `type` its coercion accepts: required fields only, one element per list. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type);
    return value;
  }
  const scalar: Record<string, unknown> = {
    String: 'x',
    ID: randomUUID(),
    Int: 1,
    Float: 1,
    Boolean: false,
    DateTimeISO: new Date().toISOString(),
  };
  return scalar[getNamedType(type).name] ?? 'x';
}

/** Sets `leaf` at `path` inside `value`, creating what a sample left out. */
function withLeaf(type: GraphQLInputType, value: unknown, path: Path, leaf: string): unknown {
  if (isNonNullType(type)) return withLeaf(type.ofType, value, path, leaf);
  const [step, ...rest] = path;
  if (step === undefined) return leaf;
  if (isListType(type))
    return [
      withLeaf(
        type.ofType,
        (value as unknown[] | undefined)?.[0] ?? sample(type.ofType),
        rest,
        leaf,
      ),
    ];
  const fieldType = isInputObjectType(type) ? type.getFields()[step]?.type : undefined;
  if (!fieldType) throw new Error(`no input field ${String(step)}`);
  const current = (value ?? {}) as Record<string, unknown>;
  return {
    ...current,
    [step]: withLeaf(fieldType, current[step] ?? sample(fieldType), rest, leaf),
  };
}

function textInputs(schema: GraphQLSchema): TextInput[] {
  const roots: Array<[TextInput['operation'], GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.flatMap((argument) =>
        textPaths(argument.type).map((path) => ({ operation, field, argument, path })),
      ),
    ),
  );
}

/** The codes of a subscription's first answer: a result, or the errors it was refused with. */
async function firstAnswer(sub: {
  events: GraphQLResponse<unknown>[];
  done: boolean;
  error: unknown;
}): Promise<string[]> {
  await expect.poll(() => sub.events.length > 0 || sub.done).toBe(true);
  const [first] = sub.events;
  if (first) return codes(first);
  return ((sub.error as GraphQLResponse['errors']) ?? []).map((e) => String(e.extensions?.code));
}

const describeInput = ({ field, argument, path }: TextInput) =>
  [`${field.name}(${argument.name})`, ...path].join('.');

/** The operation with every argument of the field bound to a variable; required ones sampled. */
function request(
  input: TextInput,
  leaf: string,
): { query: string; variables: Record<string, unknown> } {
  const { operation, field } = input;
  const variables: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (argument === input.argument)
      variables[argument.name] = withLeaf(argument.type, sample(argument.type), input.path, leaf);
    else if (isNonNullType(argument.type) && argument.defaultValue === undefined)
      variables[argument.name] = sample(argument.type);
  }
  const used = field.args.filter((a) => a.name in variables);
  const definitions = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${operation}${definitions ? ` (${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables,
  };
}

describe('text input: NUL and unpaired surrogates', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<1>;
  let inputs: TextInput[];

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 1 });
    inputs = textInputs(await buildAppSchema());
  });
  afterAll(() => app.stop());

  it('finds every text input of the schema, the issue’s sendEmail html and idempotencyKey among them', () => {
    const names = inputs.map(describeInput);
    expect(names).toEqual(
      expect.arrayContaining([
        'sendEmail(input).html',
        'sendEmail(input).idempotencyKey',
        'login(email)',
        'login(password)',
        'sendMessage(input).body',
        'messageAdded(companyId)',
      ]),
    );
    expect(inputs.length).toBeGreaterThan(40);
  });

  it('refuses each in a variable with BAD_USER_INPUT naming it, before anything runs, over HTTP', async () => {
    const failures: string[] = [];
    for (const input of inputs.filter((i) => i.operation !== 'subscription')) {
      for (const [what, leaf] of Object.entries(BAD_TEXT)) {
        const { query, variables } = request(input, leaf);
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${f.head.token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as GraphQLResponse;
        const field = [input.argument.name, ...input.path]
          .map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`))
          .join('')
          .slice(1);
        const fine =
          response.status === 400 &&
          codes(body).join() === 'BAD_USER_INPUT' &&
          body.errors?.[0]?.extensions?.field === field &&
          !body.data;
        if (!fine)
          failures.push(
            `${describeInput(input)} with ${what}: ${response.status} ${JSON.stringify(body)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses each subscription argument the same way over the WebSocket', async () => {
    const client = app.ws(f.head.token);
    for (const input of inputs.filter((i) => i.operation === 'subscription')) {
      for (const leaf of Object.values(BAD_TEXT)) {
        const { query, variables } = request(input, leaf);
        expect(
          await firstAnswer(subscribe(client, query, variables)),
          describeInput(input),
        ).toEqual(['BAD_USER_INPUT']);
      }
    }
  });

  it('refuses them in literals too, over both transports', async () => {
    const literal =
      'mutation { sendEmail(input: { companyIds: ["00000000-0000-4000-8000-000000000000"], subject: "s", html: "<p>a\\u0000b</p>" }) { id } }';
    expect(codes(await app.gql(literal, {}, f.head.token))).toEqual(['BAD_USER_INPUT']);
    // graphql's lexer already refuses an escaped lone surrogate; the answer is the same.
    expect(
      codes(
        await app.gql(
          '{ companies(filter: { search: "a\\ud800b" }) { totalCount } }',
          {},
          f.head.token,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const sub = subscribe(
      app.ws(f.head.token),
      'subscription { messageAdded(companyId: "a\\u0000b") { id } }',
    );
    expect(await firstAnswer(sub)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps well-formed text whole: surrogate pairs, Polish letters, other control characters', async () => {
    for (const text of ['Zażółć gęślą jaźń', 'emoji 😀 and 𝄞', 'tab\tand\nnewline'])
      expect(isAcceptableText(text)).toBe(true);
    const body = 'Dzień dobry 😀';
    const response = await app.gql(
      SEND,
      { i: { companyId: f.companies[0].company.id, body } },
      f.head.token,
    );
    expect(response.data?.sendMessage.body).toBe(body);
  });
});
