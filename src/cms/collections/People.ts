import type { CollectionConfig } from 'payload'

import { editorOrTranslatorInOwnLocale, isEditor } from '../access/roles'
import { label } from '../fields/label'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

/** Authors, medical reviewers and the experts quoted in articles. */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: { singular: label('Person', 'Persoon'), plural: label('People', 'Personen') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'updatedAt'] },
  access: {
    read: () => true,
    create: isEditor,
    update: editorOrTranslatorInOwnLocale,
    delete: isEditor,
  },
  hooks: {
    afterChange: [revalidateAfterChange(siteCacheTags.people)],
    afterDelete: [revalidateAfterDelete(siteCacheTags.people)],
  },
  fields: sharedFieldsForTranslators([
    { name: 'name', type: 'text', required: true, label: label('Name', 'Naam') },
    {
      name: 'role',
      type: 'text',
      localized: true,
      required: true,
      label: label('Role', 'Functie'),
      admin: { description: label('For example "Sports physiotherapist"', 'Bijvoorbeeld "Sportfysiotherapeut"') },
    },
    { name: 'bio', type: 'textarea', localized: true, label: label('Biography', 'Biografie') },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image' } },
      label: label('Photo', 'Foto'),
    },
  ]),
}
