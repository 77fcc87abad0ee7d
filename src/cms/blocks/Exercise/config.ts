import type { Block } from 'payload'

import { dosageGroup } from '@/cms/fields/dosage'
import { label } from '@/cms/fields/label'
import { existingOnly } from '@/cms/fields/existingOnly'

/** One exercise inside an article, with the dosage this article asks for. */
export const ExerciseBlock: Block = {
  slug: 'exercise',
  interfaceName: 'ExerciseBlock',
  // Its header in the editor names what it holds (src/cms/admin/blocks/BlockLabel.tsx).
  admin: { components: { Label: '@/cms/admin/blocks/BlockLabel#BlockLabel' } },
  labels: { singular: label('exercise'), plural: label('exercises') },
  fields: [
    {
      name: 'exercise',
      type: 'relationship',
      relationTo: 'exercises',
      filterOptions: existingOnly,
      required: true,
      label: label('exercise'),
    },
    dosageGroup('dosage', label('dosageInArticle'), label('dosageInArticleDescription')),
    { name: 'note', type: 'textarea', label: label('note') },
  ],
}
