import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { translate } from '../translations'

export const minimumPasswordLength = 12

let common: Promise<Set<string>> | undefined

/**
 * The 49,000 most-used passwords of zxcvbn-ts's common dictionary (npm
 * `@zxcvbn-ts/language-common`, maintained with zxcvbn-ts), loaded once, when a password is
 * first set.
 */
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())),
  )
  return common
}

/** What is wrong with a new password, in the admin's language; null when it may be used. */
export async function passwordProblem(password: string, req: PayloadRequest): Promise<string | null> {
  if ([...password].length < minimumPasswordLength) {
    return translate(req.t, 'passwordTooShort', { min: String(minimumPasswordLength) })
  }
  if ((await commonPasswords()).has(password.toLowerCase())) return translate(req.t, 'passwordTooCommon')
  return null
}

/**
 * Every way a password is set (a new account, the first admin, a change, a reset with a token)
 * passes Payload's operations with the new password in `data`: checked there, before anything
 * is saved, and refused as a field error on `password`.
 */
export const enforcePasswordRule: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password: unknown = args.data?.password
  if (typeof password !== 'string' || password === '') return args
  const problem = await passwordProblem(password, req)
  if (problem) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }], req })
  }
  return args
}
