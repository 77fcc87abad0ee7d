import type { Block } from 'payload'

import { dosageGroup } from '@/cms/fields/dosage'
import { label } from '@/cms/fields/label'

/** One exercise inside an article, with the dosage this article asks for. */
export const ExerciseBlock: Block = {
  slug: 'exercise',
  interfaceName: 'ExerciseBlock',
  labels: { singular: label('Exercise', 'Oefening'), plural: label('Exercises', 'Oefeningen') },
  fields: [
    {
      name: 'exercise',
      type: 'relationship',
      relationTo: 'exercises',
      required: true,
      label: label('Exercise', 'Oefening'),
    },
    dosageGroup(
      'dosage',
      label('Dosage in this article', 'Dosering in dit artikel'),
      label(
        "Left empty, the exercise's default dosage is shown.",
        'Leeg gelaten wordt de standaarddosering van de oefening getoond.',
      ),
    ),
    { name: 'note', type: 'textarea', label: label('Note', 'Toelichting') },
  ],
}
