import type { Block } from 'payload'

import { dosageGroup } from '@/cms/fields/dosage'
import { label } from '@/cms/fields/label'

/** A titled program in phases, each with its exercises, their dosage and how often a week. */
export const ExerciseProgramBlock: Block = {
  slug: 'exerciseProgram',
  interfaceName: 'ExerciseProgramBlock',
  labels: {
    singular: label('Exercise program', 'Oefenprogramma'),
    plural: label('Exercise programs', 'Oefenprogramma’s'),
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Title', 'Titel') },
    { name: 'intro', type: 'textarea', label: label('Introduction', 'Inleiding') },
    {
      name: 'phases',
      type: 'array',
      minRows: 1,
      required: true,
      label: label('Phases', 'Fases'),
      labels: { singular: label('Phase', 'Fase'), plural: label('Phases', 'Fases') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('Name', 'Naam') },
            {
              name: 'weeks',
              type: 'text',
              label: label('Weeks', 'Weken'),
              admin: { description: label('For example "1–2"', 'Bijvoorbeeld "1–2"') },
            },
            {
              name: 'frequencyPerWeek',
              type: 'number',
              min: 1,
              max: 14,
              required: true,
              label: label('Times per week', 'Keer per week'),
            },
          ],
        },
        {
          name: 'exercises',
          type: 'array',
          minRows: 1,
          required: true,
          label: label('Exercises', 'Oefeningen'),
          fields: [
            {
              name: 'exercise',
              type: 'relationship',
              relationTo: 'exercises',
              required: true,
              label: label('Exercise', 'Oefening'),
            },
            dosageGroup('dosage', label('Dosage', 'Dosering')),
            { name: 'note', type: 'text', label: label('Note', 'Toelichting') },
          ],
        },
      ],
    },
  ],
}
