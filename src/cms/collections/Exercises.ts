import type { CollectionConfig, Field } from 'payload'

import { editorOrTranslatorInOwnLocale, isEditor, isSignedIn, publishedOrSignedIn } from '../access/roles'
import { dosageGroup } from '../fields/dosage'
import { label } from '../fields/label'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { slugField } from '../fields/slug'
import { trackTranslations, translationFields } from '../fields/translation'
import { bodyRegions, difficulties, equipment, exerciseTypes } from './exerciseOptions'
import { localizedDrafts } from './localizedDrafts'
import { previewIn } from './preview'
import { translationTools } from '../admin/compare/config'
import { captionsOfTheirOwnLanguage } from '../hooks/ownCaptions'
import { redirectOldSlug, rememberPublishedSlug } from '../hooks/redirectOldSlug'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

const externalVideoPattern = /^https:\/\/(www\.)?(youtube\.com\/watch\?v=|youtu\.be\/|vimeo\.com\/)[\w-]+/

/** A localized list of short texts (steps, cues, mistakes). */
function textList(name: string, listLabel: Record<'en' | 'nl', string>, required = false): Field {
  return {
    name,
    type: 'array',
    localized: true,
    required,
    minRows: required ? 1 : undefined,
    label: listLabel,
    fields: [{ name: 'text', type: 'textarea', required: true, label: label('Text', 'Tekst') }],
  }
}

export const Exercises: CollectionConfig<'exercises'> = {
  slug: 'exercises',
  labels: { singular: label('Exercise', 'Oefening'), plural: label('Exercises', 'Oefeningen') },
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
  hooks: {
    beforeChange: [
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
    ],
    afterChange: [revalidateAfterChange(siteCacheTags.exercises), redirectOldSlug('exercises')],
    afterDelete: [revalidateAfterDelete(siteCacheTags.exercises)],
  },
  fields: sharedFieldsForTranslators([
    { name: 'name', type: 'text', localized: true, required: true, label: label('Name', 'Naam') },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: label('Summary', 'Samenvatting') },
    {
      type: 'row',
      fields: [
        {
          name: 'video',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { contains: 'video' } },
          label: label('Video (mp4 or webm)', 'Video (mp4 of webm)'),
        },
        {
          name: 'videoWebm',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { equals: 'video/webm' } },
          label: label('The same video as WebM (optional, smaller)', 'Dezelfde video als WebM (optioneel, kleiner)'),
          admin: {
            description: label(
              'Offered first to browsers that play WebM; the video above stays for the others.',
              'Eerst aangeboden aan browsers die WebM afspelen; de video hierboven blijft voor de andere.',
            ),
          },
        },
        {
          name: 'poster',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { contains: 'image' } },
          label: label('Poster image', 'Posterafbeelding'),
        },
      ],
    },
    {
      name: 'videoUrl',
      type: 'text',
      label: label('Or: YouTube / Vimeo address', 'Of: YouTube- / Vimeo-adres'),
      validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (value)
          return (
            externalVideoPattern.test(value) ||
            'Give a https://www.youtube.com/watch?v=… , https://youtu.be/… or https://vimeo.com/… address.'
          )
        return siblingData.video ? true : 'Upload a video or give a YouTube / Vimeo address.'
      },
    },
    {
      name: 'captions',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      filterOptions: { mimeType: { equals: 'text/vtt' } },
      label: label('Captions (WebVTT) in this language', 'Ondertitels (WebVTT) in deze taal'),
      hooks: { beforeChange: [captionsOfTheirOwnLanguage] },
    },
    textList('steps', label('Steps', 'Stappen'), true),
    textList('cues', label('Coaching cues', 'Aandachtspunten')),
    textList('commonMistakes', label('Common mistakes', 'Veelgemaakte fouten')),
    { name: 'safetyNotes', type: 'textarea', localized: true, label: label('Safety notes', 'Veiligheid') },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: exerciseTypes,
          label: label('Type', 'Soort'),
        },
        {
          name: 'difficulty',
          type: 'select',
          required: true,
          options: difficulties,
          label: label('Difficulty', 'Niveau'),
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
          label: label('Body regions', 'Lichaamsdelen'),
        },
        {
          name: 'equipment',
          type: 'select',
          hasMany: true,
          options: equipment,
          label: label('Equipment', 'Materiaal'),
        },
      ],
    },
    dosageGroup('defaultDosage', label('Default dosage', 'Standaarddosering')),
    slugField('name'),
    ...translationFields,
  ]),
}
