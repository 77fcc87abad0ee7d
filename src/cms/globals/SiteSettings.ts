import type { GlobalConfig } from 'payload'

import { editorOrTranslatorInOwnLocale } from '../access/roles'
import { label } from '../fields/label'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { revalidateGlobal, siteCacheTags } from '../hooks/revalidateSite'

export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: label('Site settings', 'Site-instellingen'),
  access: {
    read: () => true,
    update: editorOrTranslatorInOwnLocale,
  },
  hooks: { afterChange: [revalidateGlobal(siteCacheTags.settings)] },
  fields: sharedFieldsForTranslators([
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'Heupfit',
      label: label('Site name', 'Naam van de site'),
    },
    { name: 'tagline', type: 'text', localized: true, label: label('Tagline', 'Slogan') },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      label: label('Navigation', 'Navigatie'),
      fields: [
        { name: 'label', type: 'text', required: true, label: label('Label', 'Tekst') },
        {
          name: 'path',
          type: 'text',
          required: true,
          label: label('Path on this site', 'Pad op deze site'),
          admin: { description: label('For example /en/exercises', 'Bijvoorbeeld /nl/oefeningen') },
          validate: (value: string | null | undefined) =>
            (typeof value === 'string' && value.startsWith('/')) || 'Start with a slash: /nl/oefeningen',
        },
      ],
    },
    {
      name: 'medicalDisclaimer',
      type: 'textarea',
      localized: true,
      required: true,
      label: label('Medical disclaimer', 'Medische disclaimer'),
    },
    { name: 'footerText', type: 'textarea', localized: true, label: label('Footer text', 'Voettekst') },
  ]),
}
