import type { CollectionConfig, PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { isEditor } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'
import { translate } from '../translations'

/**
 * The medical glossary: approved term pairs that editors keep, translators follow (the glossary
 * check warns where a translation does not use them) and readers look up (a page per
 * language; the first use of a term in an article links to it).
 */
export const Glossary: CollectionConfig<'glossary'> = {
  slug: 'glossary',
  labels: { singular: nameLabel('glossaryTerm'), plural: nameLabel('glossary') },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'variants', 'doNotTranslate', 'updatedAt'],
    description: label('glossaryDescription'),
  },
  access: {
    // Readers see every term (the glossary page); only the translators' notes are internal.
    read: () => true,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  defaultSort: 'term',
  hooks: {
    afterChange: [revalidateAfterChange(siteCacheTags.glossary)],
    afterDelete: [revalidateAfterDelete(siteCacheTags.glossary)],
  },
  fields: [
    {
      name: 'term',
      type: 'text',
      localized: true,
      label: label('glossaryTermField'),
      admin: { description: label('glossaryTermDescription') },
      // Required in Dutch; a translation may leave it empty where the Dutch term is not translated.
      validate: (
        value: string | null | undefined,
        { req, siblingData }: { req: PayloadRequest; siblingData: { doNotTranslate?: boolean | null } },
      ) =>
        Boolean(value?.trim()) ||
        (req.locale !== defaultLocale && Boolean(siblingData.doNotTranslate)) ||
        translate(req.t, 'glossaryTermRequired'),
    },
    {
      name: 'variants',
      type: 'text',
      hasMany: true,
      localized: true,
      label: label('glossaryVariants'),
      admin: { description: label('glossaryVariantsDescription') },
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      label: label('glossaryNote'),
      admin: { description: label('glossaryNoteDescription') },
    },
    {
      name: 'doNotTranslate',
      type: 'checkbox',
      label: label('glossaryDoNotTranslate'),
      admin: { description: label('glossaryDoNotTranslateDescription') },
    },
    {
      name: 'translatorNote',
      type: 'textarea',
      localized: true,
      label: label('glossaryTranslatorNote'),
      access: { read: ({ req }) => Boolean(req.user) },
      admin: { description: label('glossaryTranslatorNoteDescription') },
    },
  ],
}
