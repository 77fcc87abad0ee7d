import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

/** A file is shared by every language, so a translator may not replace one (only add new ones). */
export const translatorsKeepTheFile: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  if (operation === 'update' && req.file && hasRole(req.user, 'translator')) {
    throw new Forbidden(req.t)
  }
  return args
}
