import type { CollectionConfig } from 'payload'

import { anyone, editorOrTranslatorInOwnLocale, isEditor } from '../access/roles'
import { label, nameLabel } from '../fields/label'
import { sharedFieldsForTranslators } from '../fields/sharedFieldsForTranslators'
import { slugField } from '../fields/slug'
import { redirectOldSlug } from '../hooks/redirectOldSlug'
import { revalidateAfterChange, revalidateAfterDelete, siteCacheTags } from '../hooks/revalidateSite'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: { singular: nameLabel('topic'), plural: nameLabel('topics') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'] },
  access: {
    read: anyone,
    create: isEditor,
    update: editorOrTranslatorInOwnLocale,
    delete: isEditor,
  },
  hooks: {
    afterChange: [revalidateAfterChange(siteCacheTags.topics), redirectOldSlug('topics')],
    afterDelete: [revalidateAfterDelete(siteCacheTags.topics)],
  },
  fields: sharedFieldsForTranslators([
    { name: 'name', type: 'text', localized: true, required: true, label: label('name') },
    { name: 'description', type: 'textarea', localized: true, label: label('description') },
    slugField('name'),
  ]),
}
