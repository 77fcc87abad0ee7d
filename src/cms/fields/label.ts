/** A label or description in both admin languages. */
export const label = (en: string, nl: string): Record<'en' | 'nl', string> => ({ en, nl })
