import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'
import type { enTranslations } from '@payloadcms/translations/languages/en'

import { en } from './en'
import { nl } from './nl'

/** Our words for the admin, in config.i18n.translations under our own namespace. */
export const adminTranslations = { en, nl }

export type AdminKey = keyof (typeof en)['heupfit']
/** Payload's keys and ours ('heupfit:…'): what t() takes in the admin. */
export type AdminTranslationKeys = NestedKeysStripped<typeof en & typeof enTranslations>
export type AdminT = TFunction<AdminTranslationKeys>

/** Any of Payload's t() functions (server and client type their keys differently). */
type AnyT = (key: never, options?: Record<string, unknown>) => string

/** One of our words in the admin's language: Payload types t() with its own keys only. */
export const translate = (t: AnyT, key: AdminKey, values?: Record<string, string>): string =>
  (t as AdminT)(`heupfit:${key}`, values)
