import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

/**
 * Drafts are for signed-in users. A reader who asks for them (`?draft=true`, GraphQL's
 * `draft: true`, the Local API's `draft` with `overrideAccess: false`) reads the published
 * version instead: the read access alone cannot say this, because with `draft` Payload reads
 * the newest version, whose shared fields and other languages are the draft's.
 */
export function draftsForSignedInOnly<Slug extends CollectionSlug>(): CollectionBeforeOperationHook<Slug> {
  return ({ args, operation, req }) => {
    if (operation !== 'read' || req.user || args.overrideAccess) return args
    return { ...args, draft: false }
  }
}
