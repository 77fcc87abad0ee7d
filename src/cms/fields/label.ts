import { translate, type AdminKey } from '../translations'

/** A label or description in the admin's language, from config.i18n.translations (heupfit:key). */
export const label =
  (key: AdminKey) =>
  ({ t }: { t: Parameters<typeof translate>[0] }): string =>
    translate(t, key)

export type Label = ReturnType<typeof label>
