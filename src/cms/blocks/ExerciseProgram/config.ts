import type { Block } from 'payload'

import { dosageGroup } from '@/cms/fields/dosage'
import { label } from '@/cms/fields/label'
import { existingOnly } from '@/cms/fields/existingOnly'

/** A titled program in phases, each with its exercises, their dosage and how often a week. */
export const ExerciseProgramBlock: Block = {
  slug: 'exerciseProgram',
  interfaceName: 'ExerciseProgramBlock',
  // Its header in the editor names what it holds (src/cms/admin/blocks/BlockLabel.tsx).
  admin: { components: { Label: '@/cms/admin/blocks/BlockLabel#BlockLabel' } },
  labels: {
    singular: label('exerciseProgram'),
    plural: label('exercisePrograms'),
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('title') },
    { name: 'intro', type: 'textarea', label: label('introduction') },
    {
      name: 'phases',
      type: 'array',
      minRows: 1,
      required: true,
      label: label('phases'),
      labels: { singular: label('phase'), plural: label('phases') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('name') },
            {
              name: 'weeks',
              type: 'text',
              label: label('weeks'),
              admin: { description: label('weeksExample') },
            },
            {
              name: 'frequencyPerWeek',
              type: 'number',
              min: 1,
              max: 14,
              required: true,
              label: label('timesPerWeek'),
            },
          ],
        },
        {
          name: 'exercises',
          type: 'array',
          minRows: 1,
          required: true,
          label: label('exercises'),
          fields: [
            {
              name: 'exercise',
              type: 'relationship',
              relationTo: 'exercises',
              filterOptions: existingOnly,
              required: true,
              label: label('exercise'),
            },
            dosageGroup('dosage', label('dosage')),
            { name: 'note', type: 'text', label: label('note') },
          ],
        },
      ],
    },
  ],
}
