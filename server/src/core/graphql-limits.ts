import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isListType,
  Kind,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Config } from '../config.js';
import { TooComplexError } from './errors.js';
import { MAX_PAGE_SIZE } from './pagination.js';

export type QueryLimits = Pick<
  Config,
  'maxQueryDepth' | 'maxQueryAliases' | 'maxQueryRootFields' | 'maxQueryTokens' | 'maxQueryCost'
>;

/** A limit's refusal: the message names the setting, `extensions` carry it for programs. */
function overLimit(found: string, setting: string, max: number): TooComplexError {
  const error = new TooComplexError(`${found}; ${setting} allows ${max}.`);
  Object.assign(error.extensions, { limit: setting, max });
  return error;
}

/** graphql's parser stops counting at MAX_QUERY_TOKENS, so a huge document costs no more than that to refuse. */
export function parseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxQueryTokens };
}

/**
 * Selections an operation may expand to, its fragments spread at every use: twice MAX_QUERY_COST,
 * since every field costs at least 1 and spreads nothing. Apollo's maxRecursiveSelections counts
 * them in linear time before the limit rules run, and graphql-query-complexity stops there.
 */
export function maxExpandedSelections(limits: QueryLimits): number {
  return 2 * limits.maxQueryCost;
}

const expandedTooFar = (limits: QueryLimits) =>
  overLimit(
    `The query expands to more than ${maxExpandedSelections(limits)} selections (twice the cost limit)`,
    'MAX_QUERY_COST',
    limits.maxQueryCost,
  );

/** graphql 16 says "more that N tokens"; a later version may spell it right. */
const TOKEN_LIMIT_MESSAGE =
  /^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/;
/** Apollo's maxRecursiveSelections refusal. */
const EXPANSION_LIMIT_MESSAGE =
  /^(Anonymous operation|Operation ".*") recursively requests too many selections\.$/;

/**
 * A limit that graphql's parser (MAX_QUERY_TOKENS) or Apollo (maxExpandedSelections) enforces and
 * words as a syntax or validation error, thrown or formatted, as the TOO_COMPLEX error it is;
 * undefined for any other error.
 */
export function limitError(error: unknown, limits: QueryLimits): TooComplexError | undefined {
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  if (typeof message !== 'string') return undefined;
  if (TOKEN_LIMIT_MESSAGE.test(message))
    return overLimit(
      `The document has more than ${limits.maxQueryTokens} tokens`,
      'MAX_QUERY_TOKENS',
      limits.maxQueryTokens,
    );
  if (EXPANSION_LIMIT_MESSAGE.test(message)) return expandedTooFar(limits);
  return undefined;
}

/**
 * Distinct root fields (response keys) of each operation. Every fragment's root keys are collected
 * once per document, capped just past the limit, so the rule stays linear in the document however
 * often fragments are spread.
 */
function rootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const keysOfFragment = new Map<string, ReadonlySet<string>>();
    const collect = (selectionSet: SelectionSetNode, keys: Set<string>) => {
      for (const selection of selectionSet.selections) {
        if (keys.size > max) return;
        if (selection.kind === Kind.FIELD) keys.add((selection.alias ?? selection.name).value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, keys);
        else for (const key of fragmentKeys(selection.name.value)) keys.add(key);
      }
    };
    const fragmentKeys = (name: string): ReadonlySet<string> => {
      let keys = keysOfFragment.get(name);
      if (keys) return keys;
      // Set before descending: a fragment cycle (reported by graphql's own rule) ends here.
      const collected = new Set<string>();
      keysOfFragment.set(name, collected);
      const fragment = context.getFragment(name);
      if (fragment) collect(fragment.selectionSet, collected);
      keys = collected;
      return keys;
    };
    return {
      OperationDefinition(operation) {
        const keys = new Set<string>();
        collect(operation.selectionSet, keys);
        if (keys.size > max)
          context.reportError(
            overLimit(
              `The operation asks for more than ${max} root fields`,
              'MAX_QUERY_ROOT_FIELDS',
              max,
            ),
          );
      },
    };
  };
}

/**
 * Rules that need the document only, so they run once per distinct document (Apollo's document
 * cache, the socket's LRU), each in time linear in the document, and only once graphql's own rules
 * passed (Apollo's later validation rules): a limit judges a valid document. From graphql-armor, which computes
 * each fragment once: depth, aliases, and the cost with the page sizes written in the document,
 * which stops a fragment fan-out here (the per-request cost with variables, queryCost, expands
 * fragments at every use). Introspection is left out of depth and cost: the schema bounds it, and
 * INTROSPECTION decides who may run it.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const reject = (error: () => TooComplexError) => [
    (context: ValidationContext | null) => context?.reportError(error()),
  ];
  return [
    maxDepthRule({
      // graphql-armor counts the root field as level 1; MAX_QUERY_DEPTH counts the levels below it.
      n: limits.maxQueryDepth + 1,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: reject(() =>
        overLimit(
          `The query nests fields more than ${limits.maxQueryDepth} levels deep`,
          'MAX_QUERY_DEPTH',
          limits.maxQueryDepth,
        ),
      ),
    }),
    maxAliasesRule({
      n: limits.maxQueryAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: reject(() =>
        overLimit(
          `The query has more than ${limits.maxQueryAliases} aliases`,
          'MAX_QUERY_ALIASES',
          limits.maxQueryAliases,
        ),
      ),
    }),
    rootFieldsRule(limits.maxQueryRootFields),
    // Each field 1 plus its selection, times a `first` written as a number: close to queryCost's
    // estimate, never far above it.
    costLimitRule({
      maxCost: limits.maxQueryCost,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: reject(() =>
        overLimit(
          `The query costs more than ${limits.maxQueryCost} with the page sizes written in it`,
          'MAX_QUERY_COST',
          limits.maxQueryCost,
        ),
      ),
    }),
  ];
}

/**
 * How many items a list without `first` is taken to hold (a message's attachments, a company's
 * declarations): such lists are short, but not free.
 */
const UNPAGED_LIST_ITEMS = 5;

/**
 * A field costs 1 plus what is selected under it; a field with `first` (a page) multiplies that by
 * the page size asked for (its default when omitted, the largest page when null), other lists by
 * UNPAGED_LIST_ITEMS. A connection's `edges` are the page itself, already multiplied. Introspection
 * costs 1: the schema bounds it and INTROSPECTION decides who may.
 */
const pageCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 1;
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? Math.max(args.first, 0) : MAX_PAGE_SIZE;
    return 1 + first * childComplexity;
  }
  if (
    isListType(getNullableType(field.type)) &&
    !(field.name === 'edges' && type.name.endsWith('Connection'))
  ) {
    return 1 + UNPAGED_LIST_ITEMS * childComplexity;
  }
  return 1 + childComplexity;
};

export interface QueryCost {
  /** The TOO_COMPLEX error for an operation over MAX_QUERY_COST with these variables; undefined when it may run. */
  refusal(
    document: DocumentNode,
    variables: Record<string, unknown> | null | undefined,
    operationName: string | null | undefined,
  ): TooComplexError | undefined;
}

/**
 * The cost of the operation about to run, with its variables (a page size may be one). The work is
 * bounded: graphql-query-complexity expands fragments at every use, and stops at
 * maxExpandedSelections, which the document rules have checked already.
 */
export function queryCost(schema: GraphQLSchema, limits: QueryLimits): QueryCost {
  const max = limits.maxQueryCost;
  return {
    refusal(document, variables, operationName) {
      let cost: number;
      try {
        cost = getComplexity({
          schema,
          query: document,
          variables: variables ?? {},
          operationName: operationName ?? undefined,
          estimators: [pageCost],
          maxQueryNodes: maxExpandedSelections(limits),
        });
      } catch (error) {
        if (
          error instanceof GraphQLError &&
          error.message.includes('maximum allowed number of nodes')
        )
          return expandedTooFar(limits);
        // Variables that do not fit the operation: execution refuses them before anything runs.
        if (error instanceof GraphQLError) return undefined;
        throw error;
      }
      return cost > max ? overLimit(`The query costs ${cost}`, 'MAX_QUERY_COST', max) : undefined;
    },
  };
}

/**
 * The limits on HTTP: an operation over MAX_QUERY_COST is refused with a 400 after it is resolved
 * and before it executes, and the limits that graphql and Apollo word as request errors are
 * answered as TOO_COMPLEX.
 */
export function queryLimitsPlugin(cost: QueryCost, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, response }) {
          const refusal = cost.refusal(document, request.variables, operationName);
          if (!refusal) return;
          response.http.status = 400;
          throw refusal;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map(
            (error) => limitError(error, limits)?.toJSON() ?? error,
          );
        },
      };
    },
  };
}
