import { ValidationError, type FieldHook, type TextFieldSingleValidation } from 'payload'

import { translate } from '../translations'
import { isSafeUrl, unsafeLinks } from './safeUrl'

/**
 * A rich-text field refuses a link whose address is not safe (see isSafeUrl), on every save:
 * drafts too, since the preview shows them. A hook rather than a `validate`, because Payload
 * skips validation for drafts.
 */
export const refuseUnsafeLinks: FieldHook = ({ value, path, collection, global, req }) => {
  const unsafe = unsafeLinks(value)
  if (unsafe.length === 0) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    errors: unsafe.map((url) => ({ path: path.join('.'), message: translate(req.t, 'unsafeLink', { url }) })),
    req,
  })
}

/** A text field holding an address: empty, or a safe one. */
export const safeUrlField: TextFieldSingleValidation = (value, { req }) =>
  !value || isSafeUrl(value) || translate(req.t, 'unsafeUrl', { url: value })
