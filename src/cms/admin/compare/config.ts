import type { CollectionConfig } from 'payload'

/** The admin's labels for the translation tools, in its two languages (t('heupfit:…')). */
export const translationToolLabels = {
  en: { heupfit: { languagesTab: 'Languages side by side' } },
  nl: { heupfit: { languagesTab: 'Talen naast elkaar' } },
}

/**
 * A translatable collection's translation tools in the admin: a "copy the Dutch text" button
 * beside the document controls, and a tab that shows the languages side by side.
 */
export const translationTools: NonNullable<NonNullable<CollectionConfig['admin']>['components']> = {
  edit: { beforeDocumentControls: ['@/cms/admin/compare/CopyFromSource#CopyFromSource'] },
  views: {
    edit: {
      languages: {
        Component: '@/cms/admin/compare/CompareLanguages#CompareLanguages',
        path: '/languages',
        tab: { href: '/languages', label: ({ t }) => t('heupfit:languagesTab'), order: 150 },
      },
    },
  },
}
