import { adminTranslations, translate, type AdminKey } from '../translations'

/**
 * A field's label, description or option, in each admin language, from the one dictionary
 * (config.i18n.translations, heupfit:key). A record rather than a t() function: Payload keeps
 * the client form of a collection's fields in a cache per collection, not per language, so a
 * function would stay in the language of the first admin who opened it (seen on rich-text
 * fields); a record is translated each time it is shown.
 */
export const label = (key: AdminKey): Record<keyof typeof adminTranslations, string> => ({
  en: adminTranslations.en.heupfit[key],
  nl: adminTranslations.nl.heupfit[key],
})

export type Label = ReturnType<typeof label>

/**
 * A collection's, global's or tab's name: a function Payload calls with the admin's t() on
 * every request (the dashboard's "Create new …" prints a record as "[object Object]").
 */
export const nameLabel =
  (key: AdminKey) =>
  ({ t }: { t: Parameters<typeof translate>[0] }): string =>
    translate(t, key)
