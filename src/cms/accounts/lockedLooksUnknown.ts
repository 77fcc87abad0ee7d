import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * A locked account answers a login exactly as an unknown e-mail address does (401, "The email or
 * password provided is incorrect."), so that a login form cannot tell anyone which addresses
 * have accounts. Payload itself says "This user is locked…".
 */
export const lockedLooksUnknown: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const email: unknown = args.data?.email
  if (typeof email !== 'string') return args
  const user = await req.payload.db.findOne<User>({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now()) throw new AuthenticationError(req.t)
  return args
}
