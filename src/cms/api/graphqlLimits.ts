import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import type { GraphQLError, ValidationContext } from 'graphql'
import type { Config } from 'payload'

/**
 * Bounds on one GraphQL request, from GraphQL Armor's rules (maintained, graphql-js validation
 * rules) and Payload's own complexity estimate: a query nests at most 10 selections deep (a list
 * of articles with author, photo and its sizes is 6), names at most 15 aliases (no batching of
 * hundreds of logins or lookups in one request), and costs at most 1000 by Payload's estimate.
 * A query beyond them is refused before it runs, with a message that names the bound.
 */
/**
 * GraphQL Armor's rules throw their error out of validation by default, which Payload's
 * handler answers with an empty 500; reported to the validation context instead, it is one of
 * the request's validation errors, answered as such (400).
 */
const reported = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
}

export const graphQLLimits = {
  maxComplexity: 1000,
  disableIntrospectionInProduction: true,
  validationRules: () => [maxDepthRule({ n: 10, ...reported }), maxAliasesRule({ n: 15, ...reported })],
} satisfies Config['graphQL']
