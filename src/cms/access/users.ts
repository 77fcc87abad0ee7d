import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Admins manage every account; anyone else sees and edits only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
