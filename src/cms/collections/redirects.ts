import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { localeNames, locales } from '@/i18n/locales'
import { anyone, isEditor } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

/**
 * Redirects from old addresses, made automatically when a published slug changes (per
 * language), or by an editor. A redirect to a document follows it to its current slug in the
 * redirect's language.
 */
export const redirectsConfig: RedirectsPluginConfig = {
  collections: ['articles', 'exercises', 'topics'],
  overrides: {
    labels: { singular: nameLabel('redirect'), plural: nameLabel('redirects') },
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    admin: { defaultColumns: ['from', 'locale', 'to.reference', 'updatedAt'] },
    hooks: {
      afterChange: [revalidateAfterChange(siteCacheTags.redirects)],
      afterDelete: [revalidateAfterDelete(siteCacheTags.redirects)],
    },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      {
        name: 'locale',
        type: 'select',
        required: true,
        label: label('redirectLocale'),
        options: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
        admin: { position: 'sidebar' },
      },
    ],
  },
}
