/** The site's languages: the single list that the CMS, the routing and the message files share. */
export const locales = ['nl', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'nl'

/** Each language named in itself, for the admin's locale picker and the language switcher. */
export const localeNames: Record<Locale, string> = { nl: 'Nederlands', en: 'English' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
