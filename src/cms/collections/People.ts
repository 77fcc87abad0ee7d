import type { CollectionConfig } from 'payload'

import { anyone, editorOrTranslatorInOwnLocale, isEditor } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

/** Authors, medical reviewers and the experts quoted in articles. */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: { singular: nameLabel('person'), plural: nameLabel('people') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'updatedAt'] },
  access: {
    read: anyone,
    create: isEditor,
    update: editorOrTranslatorInOwnLocale,
    delete: isEditor,
  },
  hooks: {
    afterChange: [revalidateAfterChange(siteCacheTags.people)],
    afterDelete: [revalidateAfterDelete(siteCacheTags.people)],
  },
  fields: sharedFieldsForTranslators([
    { name: 'name', type: 'text', required: true, label: label('name') },
    {
      name: 'role',
      type: 'text',
      localized: true,
      required: true,
      label: label('personRole'),
      admin: { description: label('personRoleExample') },
    },
    { name: 'bio', type: 'textarea', localized: true, label: label('biography') },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image' } },
      label: label('photo'),
    },
  ]),
}
