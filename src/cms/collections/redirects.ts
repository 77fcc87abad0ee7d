import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'
import type { Field } from 'payload'

import { localeNames, locales } from '@/i18n/locales'
import { anyone, isEditor } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { safeUrlField } from '../links/refuseUnsafeLinks'
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
      ...defaultFields.map(withSafeCustomUrl),
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

/** A redirect to a custom address goes only where a link may (see isSafeUrl). */
function withSafeCustomUrl(field: Field): Field {
  if (!('name' in field) || field.name !== 'to' || field.type !== 'group') return field
  return {
    ...field,
    fields: field.fields.map((inner) =>
      'name' in inner && inner.name === 'url' && inner.type === 'text' && !inner.hasMany
        ? { ...inner, validate: safeUrlField }
        : inner,
    ),
  }
}
