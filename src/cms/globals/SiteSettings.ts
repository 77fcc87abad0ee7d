import type { GlobalConfig, PayloadRequest } from 'payload'

import { anyone, editorOrTranslatorInOwnLocale } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { translate } from '../translations'
import { isSiteRelative } from '../links/safeUrl'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { revalidateGlobal, siteCacheTags } from '../hooks/revalidateSite'

export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: nameLabel('siteSettings'),
  access: {
    read: anyone,
    update: editorOrTranslatorInOwnLocale,
  },
  hooks: { afterChange: [revalidateGlobal(siteCacheTags.settings)] },
  fields: sharedFieldsForTranslators([
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'Heupfit',
      label: label('siteName'),
    },
    { name: 'tagline', type: 'text', localized: true, label: label('tagline') },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      label: label('navigation'),
      fields: [
        { name: 'label', type: 'text', required: true, label: label('navigationLabel') },
        {
          name: 'path',
          type: 'text',
          required: true,
          label: label('navigationPath'),
          admin: { description: label('navigationPathExample') },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            isSiteRelative(value) || translate(req.t, 'navigationPathSlash'),
        },
      ],
    },
    {
      name: 'medicalDisclaimer',
      type: 'textarea',
      localized: true,
      required: true,
      label: label('medicalDisclaimer'),
    },
    { name: 'footerText', type: 'textarea', localized: true, label: label('footerText') },
  ]),
}
