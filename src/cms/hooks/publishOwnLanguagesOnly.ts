import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
} from 'payload'

import { isLimitedToSomeLocales } from '../access/roles'
import { translate } from '../translations'

const publishOwnLanguage = 'heupfitPublishOwnLanguage'
/** Set while an editor publishes every language at once (refuseHalfTranslations checks them all). */
export const publishingAllLocales = 'heupfitPublishingAllLocales'

/**
 * "Publish all locales" writes the latest version of every language into the document: with a
 * pending Dutch draft, that draft's text and status. A translator's "publish all" (the admin's
 * menu item, REST `?publishAllLocales`, GraphQL, the Local API) therefore becomes a publish of
 * the language being saved, which Payload merges into the document one language at a time,
 * leaving every other language as it was. Unpublishing every language is refused outright.
 */
export const publishOwnLanguagesOnly =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (operation !== 'update' || !('publishAllLocales' in args)) return args
    if (!isLimitedToSomeLocales(req.user)) {
      if (args.publishAllLocales) req.context[publishingAllLocales] = true
      return args
    }
    if (args.unpublishAllLocales) throw new APIError(translate(req.t, 'translatorUnpublishAll'), 403, undefined, true)
    if (!args.publishAllLocales) return args
    req.context[publishOwnLanguage] = true
    return { ...args, publishAllLocales: false }
  }

/** The second half: without publishAllLocales, the status to publish is the data's own. */
export const publishTheOwnLanguage: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.context[publishOwnLanguage]) return data
  delete req.context[publishOwnLanguage]
  return { ...data, _status: 'published' }
}
