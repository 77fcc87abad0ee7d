import type { CollectionConfig } from 'payload'

import { nameLabel } from '@/cms/fields/label'

/**
 * A translatable collection's translation tools in the admin: a "copy the Dutch text" button
 * beside the document controls, and a tab that shows the languages side by side.
 */
export const translationTools: NonNullable<NonNullable<CollectionConfig['admin']>['components']> = {
  edit: {
    beforeDocumentControls: [
      '@/cms/admin/compare/CopyFromSource#CopyFromSource',
      '@/cms/admin/xliff/XliffButtons#XliffButtons',
    ],
    PublishButton: '@/cms/admin/PublishButton#PublishButton',
  },
  views: {
    edit: {
      languages: {
        Component: '@/cms/admin/compare/CompareLanguages#CompareLanguages',
        path: '/languages',
        tab: { href: '/languages', label: nameLabel('languagesTab'), order: 150 },
      },
    },
  },
}
