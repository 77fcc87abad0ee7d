import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { hasRole } from '../access/roles'
import { translate, type AdminKey } from '../translations'

/**
 * Runs before the collection's create access, so that a signed-in translator hears why (the
 * same sentence as the admin's create page) rather than "You are not allowed to perform this
 * action".
 */
export const onlyEditorsCreate =
  <TSlug extends CollectionSlug>(refusal: AdminKey): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (operation === 'create' && req.user && !hasRole(req.user, 'admin', 'editor'))
      throw new APIError(translate(req.t, refusal), 403, undefined, true)
    return args
  }
