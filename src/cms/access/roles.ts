import { APIError, type Access, type FieldAccess, type PayloadRequest, type Where } from 'payload'

import { isLocale, locales, type Locale } from '@/i18n/locales'
import { translate } from '../translations'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

export function hasRole(user: PayloadRequest['user'], ...allowed: Role[]): boolean {
  return Boolean(user && allowed.includes(user.role))
}

/** The locales a user may edit: all of them, except for a translator, who has a list. */
export function editableLocales(user: PayloadRequest['user']): Locale[] {
  if (hasRole(user, 'admin', 'editor')) return [...locales]
  if (user?.role === 'translator') return (user.translatorLocales ?? []).filter(isLocale)
  return []
}

/** A user who may edit some languages but not all: a translator. Their saves stay in their own languages. */
export function isLimitedToSomeLocales(user: PayloadRequest['user']): boolean {
  return Boolean(user) && editableLocales(user).length < locales.length
}

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Admins and editors: everything on content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isSignedIn: Access = ({ req }) => Boolean(req.user)

export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * Every language at once (`locale=all`, `locale=*`) is for signed-in users: the public reads one
 * language, as the site does. Refused with a 403 that says what to ask instead, rather than
 * answered in the default language: a caller asking for every language expects each field as
 * `{ nl, en }`, and a different shape without a word would be a puzzle.
 */
function refuseEveryLanguageToThePublic(req: PayloadRequest): void {
  const locale: string | undefined = req.locale
  if (!req.user && (locale === 'all' || locale === '*')) {
    const refusal = new APIError(translate(req.t, 'allLocalesSignedInOnly'), 403, null, true)
    // Logged as Payload logs its own refusals (one info line), not as a server error with a stack.
    refusal.name = 'Forbidden'
    throw refusal
  }
}

/** Anyone may read, one language at a time unless signed in. */
export const anyone: Access = ({ req }) => {
  refuseEveryLanguageToThePublic(req)
  return true
}

/**
 * The public sees published documents only, in the requested locale, and only where that
 * language has a text of its own: "publish all languages" in the admin marks a language
 * published even when nothing was written in it, and such an empty version has no slug.
 * Signed-in users see drafts too.
 */
const publishedWithText: Where = { and: [{ _status: { equals: 'published' } }, { slug: { exists: true } }] }

export const publishedOrSignedIn: Access = ({ req }) => {
  refuseEveryLanguageToThePublic(req)
  return req.user ? true : publishedWithText
}

/** Editors change anything; a translator changes a document only in one of its own locales. */
export const editorOrTranslatorInOwnLocale: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return isLocale(req.locale) && editableLocales(req.user).includes(req.locale)
}

/** For fields shared by all locales: a translator may not change them. */
export const notTranslator: FieldAccess = ({ req }) => !hasRole(req.user, 'translator')
