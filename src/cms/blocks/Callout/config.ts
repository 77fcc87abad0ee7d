import type { Block } from 'payload'

import { label } from '@/cms/fields/label'

export const calloutTones = ['tip', 'warning', 'seeProfessional'] as const

/** A boxed tip or warning, such as when to see a physiotherapist. */
export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: label('Callout', 'Kader'), plural: label('Callouts', 'Kaders') },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'tip',
      label: label('Kind', 'Soort'),
      options: [
        { value: 'tip', label: label('Tip', 'Tip') },
        { value: 'warning', label: label('Warning', 'Waarschuwing') },
        { value: 'seeProfessional', label: label('See a professional', 'Naar een professional') },
      ],
    },
    { name: 'title', type: 'text', required: true, label: label('Title', 'Titel') },
    { name: 'text', type: 'textarea', required: true, label: label('Text', 'Tekst') },
  ],
}
