import { Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import { TooComplexError } from './errors.js';

/** Rejects operations nested deeper than `maxDepth` fields (fragments followed), before they run. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD:
          // Introspection is bounded by the schema itself; tools send it 14 levels deep.
          if (!node.selectionSet || node.name.value.startsWith('__')) return depth;
          return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
        case Kind.INLINE_FRAGMENT:
        case Kind.OPERATION_DEFINITION:
          return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(node.name.value)) return depth;
          const next = new Set(seen).add(node.name.value);
          return Math.max(...fragment.selectionSet.selections.map((s) => depthOf(s, depth, next)));
        }
        default:
          return depth;
      }
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(new TooComplexError(`The query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`));
        }
      },
    };
  };
}
