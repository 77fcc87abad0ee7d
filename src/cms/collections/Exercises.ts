import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import { editorOrTranslatorInOwnLocale, isEditor, isSignedIn, publishedOrSignedIn } from '../access/roles'
import { draftsForSignedInOnly } from '../access/drafts'
import { dosageGroup } from '../fields/dosage'
import { label, type Label, nameLabel } from '../fields/label'
import { translate } from '../translations'
import { isSafeUrl } from '../links/safeUrl'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { slugField } from '../fields/slug'
import { validateOnPublish } from '../fields/validateOnPublish'
import { trackTranslations, translationFields } from '../fields/translation'
import { bodyRegions, difficulties, equipment, exerciseTypes } from './exerciseOptions'
import { localizedDrafts } from './localizedDrafts'
import { checkGlossaryOnSave, glossaryWarningsField } from '../glossary/document'
import { previewIn } from './preview'
import { translationTools } from '../admin/compare/config'
import { captionsOfTheirOwnLanguage } from '../hooks/ownCaptions'
import { onlyEditorsCreate } from '../hooks/onlyEditorsCreate'
import { publishOwnLanguagesOnly, publishTheOwnLanguage } from '../hooks/publishOwnLanguagesOnly'
import { refuseHalfTranslations } from '../hooks/refuseHalfTranslations'
import { refuseSharedFieldChanges } from '../hooks/refuseSharedFieldChanges'
import { redirectOldSlug, rememberPublishedSlug } from '../hooks/redirectOldSlug'
import { xliffEndpoints } from '@/cms/xliff/endpoints'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

const externalVideoPattern = /^https:\/\/(www\.)?(youtube\.com\/watch\?v=|youtu\.be\/|vimeo\.com\/)[\w-]+/

/** A localized list of short texts (steps, cues, mistakes). */
function textList(name: string, listLabel: Label, required = false): Field {
  return {
    name,
    type: 'array',
    localized: true,
    required,
    minRows: required ? 1 : undefined,
    label: listLabel,
    fields: [{ name: 'text', type: 'textarea', required: true, label: label('text') }],
  }
}

export const Exercises: CollectionConfig<'exercises'> = {
  slug: 'exercises',
  labels: { singular: nameLabel('exercise'), plural: nameLabel('exercises') },
  admin: {
    ...previewIn('exercises'),
    components: translationTools,
    useAsTitle: 'name',
    defaultColumns: ['name', 'sourceTitle', 'type', 'difficulty', '_status', 'translationStatus', 'updatedAt'],
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: isSignedIn,
    create: isEditor,
    update: editorOrTranslatorInOwnLocale,
    delete: isEditor,
  },
  versions: localizedDrafts,
  endpoints: xliffEndpoints('exercises'),
  hooks: {
    beforeOperation: [
      draftsForSignedInOnly(),
      onlyEditorsCreate('cannotCreateExercises'),
      publishOwnLanguagesOnly(),
      refuseSharedFieldChanges(),
    ],
    beforeChange: [
      publishTheOwnLanguage,
      rememberPublishedSlug('exercises'),
      trackTranslations('exercises', 'name', [
        'name',
        'summary',
        'steps',
        'cues',
        'commonMistakes',
        'safetyNotes',
        'meta',
      ]),
      refuseHalfTranslations('exercises'),
      checkGlossaryOnSave('exercises'),
    ],
    afterChange: [revalidateAfterChange(siteCacheTags.exercises), redirectOldSlug('exercises')],
    afterDelete: [revalidateAfterDelete(siteCacheTags.exercises)],
  },
  fields: validateOnPublish(
    sharedFieldsForTranslators([
      { name: 'name', type: 'text', localized: true, required: true, label: label('name') },
      { name: 'summary', type: 'textarea', localized: true, required: true, label: label('summary') },
      {
        type: 'row',
        fields: [
          {
            name: 'video',
            type: 'upload',
            relationTo: 'media',
            filterOptions: { mimeType: { contains: 'video' } },
            label: label('video'),
          },
          {
            name: 'videoWebm',
            type: 'upload',
            relationTo: 'media',
            filterOptions: { mimeType: { equals: 'video/webm' } },
            label: label('videoWebm'),
            admin: { description: label('videoWebmDescription') },
          },
          {
            name: 'poster',
            type: 'upload',
            relationTo: 'media',
            filterOptions: { mimeType: { contains: 'image' } },
            label: label('posterImage'),
          },
        ],
      },
      {
        name: 'videoUrl',
        type: 'text',
        label: label('externalVideo'),
        // The address is checked on drafts too (it is shown in the preview); a video is only
        // required when publishing.
        custom: { checkDrafts: true },
        validate: (
          value: string | null | undefined,
          {
            data,
            siblingData,
            req,
          }: { data: { _status?: unknown }; siblingData: Record<string, unknown>; req: PayloadRequest },
        ) => {
          if (value)
            return (isSafeUrl(value) && externalVideoPattern.test(value)) || translate(req.t, 'externalVideoInvalid')
          if (data._status === 'draft') return true
          return siblingData.video ? true : translate(req.t, 'videoRequired')
        },
      },
      {
        name: 'captions',
        type: 'upload',
        relationTo: 'media',
        localized: true,
        filterOptions: { mimeType: { equals: 'text/vtt' } },
        label: label('captions'),
        hooks: { beforeChange: [captionsOfTheirOwnLanguage] },
      },
      textList('steps', label('steps'), true),
      textList('cues', label('coachingCues')),
      textList('commonMistakes', label('commonMistakes')),
      { name: 'safetyNotes', type: 'textarea', localized: true, label: label('safetyNotes') },
      {
        type: 'row',
        fields: [
          {
            name: 'type',
            type: 'select',
            required: true,
            options: exerciseTypes,
            label: label('type'),
          },
          {
            name: 'difficulty',
            type: 'select',
            required: true,
            options: difficulties,
            label: label('difficulty'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'bodyRegions',
            type: 'select',
            hasMany: true,
            required: true,
            options: bodyRegions,
            label: label('bodyRegions'),
          },
          {
            name: 'equipment',
            type: 'select',
            hasMany: true,
            options: equipment,
            label: label('equipment'),
          },
        ],
      },
      dosageGroup('defaultDosage', label('defaultDosage')),
      slugField('name'),
      ...translationFields,
      glossaryWarningsField,
    ]),
  ),
}
