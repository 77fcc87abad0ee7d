import { BlocksFeature, HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { editorOrTranslatorInOwnLocale, isEditor, isSignedIn, publishedOrSignedIn } from '../access/roles'
import { draftsForSignedInOnly } from '../access/drafts'
import { articleBodyBlocks } from '../blocks'
import { refuseUnsafeLinks } from '../links/refuseUnsafeLinks'
import { label, nameLabel } from '../fields/label'
import { readingTimeField } from '../fields/readingTime'
import { defaultReviewDue, reviewDueField } from '../fields/reviewDue'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { slugField } from '../fields/slug'
import { validateOnPublish } from '../fields/validateOnPublish'
import { sourcesField } from '../fields/sources'
import { trackTranslations, translationFields } from '../fields/translation'
import { localizedDrafts } from './localizedDrafts'
import { checkGlossaryOnSave, glossaryWarningsField } from '../glossary/document'
import { previewIn } from './preview'
import { translationTools } from '../admin/compare/config'
import { onlyEditorsCreate } from '../hooks/onlyEditorsCreate'
import { publishOwnLanguagesOnly, publishTheOwnLanguage } from '../hooks/publishOwnLanguagesOnly'
import { refuseHalfTranslations } from '../hooks/refuseHalfTranslations'
import { refuseSharedFieldChanges } from '../hooks/refuseSharedFieldChanges'
import { redirectOldSlug, rememberPublishedSlug } from '../hooks/redirectOldSlug'
import { xliffEndpoints } from '@/cms/xliff/endpoints'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'
import { existingOnly } from '../fields/existingOnly'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: nameLabel('article'), plural: nameLabel('articles') },
  admin: {
    ...previewIn('articles'),
    components: translationTools,
    useAsTitle: 'title',
    defaultColumns: ['title', 'sourceTitle', 'slug', '_status', 'translationStatus', 'updatedAt'],
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: isSignedIn,
    create: isEditor,
    update: editorOrTranslatorInOwnLocale,
    delete: isEditor,
  },
  versions: localizedDrafts,
  endpoints: xliffEndpoints('articles'),
  hooks: {
    beforeOperation: [
      draftsForSignedInOnly(),
      onlyEditorsCreate('cannotCreateArticles'),
      publishOwnLanguagesOnly(),
      refuseSharedFieldChanges(),
    ],
    beforeChange: [
      publishTheOwnLanguage,
      rememberPublishedSlug('articles'),
      defaultReviewDue,
      trackTranslations('articles', 'title', ['title', 'excerpt', 'body', 'meta']),
      refuseHalfTranslations('articles'),
      checkGlossaryOnSave('articles'),
    ],
    afterChange: [revalidateAfterChange(siteCacheTags.articles), redirectOldSlug('articles')],
    afterDelete: [revalidateAfterDelete(siteCacheTags.articles)],
  },
  fields: validateOnPublish(
    sharedFieldsForTranslators([
      { name: 'title', type: 'text', localized: true, required: true, label: label('title') },
      {
        name: 'excerpt',
        type: 'textarea',
        localized: true,
        required: true,
        label: label('excerpt'),
      },
      {
        name: 'heroImage',
        type: 'upload',
        relationTo: 'media',
        filterOptions: { mimeType: { contains: 'image' } },
        label: label('heroImage'),
      },
      {
        name: 'body',
        type: 'richText',
        localized: true,
        required: true,
        label: label('articleBody'),
        hooks: { beforeChange: [refuseUnsafeLinks] },
        editor: lexicalEditor({
          features: ({ defaultFeatures }) => [
            ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
            HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
            BlocksFeature({ blocks: articleBodyBlocks }),
          ],
        }),
      },
      sourcesField,
      {
        name: 'topics',
        type: 'relationship',
        relationTo: 'topics',
        filterOptions: existingOnly,
        hasMany: true,
        label: label('topics'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'author',
        type: 'relationship',
        relationTo: 'people',
        filterOptions: existingOnly,
        label: label('author'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'reviewer',
        type: 'relationship',
        relationTo: 'people',
        filterOptions: existingOnly,
        label: label('medicalReviewer'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'reviewedAt',
        type: 'date',
        label: label('reviewedOn'),
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
      },
      reviewDueField,
      {
        name: 'publishedAt',
        type: 'date',
        label: label('publishedOn'),
        admin: { position: 'sidebar' },
      },
      slugField('title'),
      readingTimeField('body'),
      ...translationFields,
      glossaryWarningsField,
    ]),
  ),
}
