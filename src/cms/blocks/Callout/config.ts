import type { Block } from 'payload'

import { label } from '@/cms/fields/label'

export const calloutTones = ['tip', 'warning', 'seeProfessional'] as const

/** A boxed tip or warning, such as when to see a physiotherapist. */
export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  // Its header in the editor names what it holds (src/cms/admin/blocks/BlockLabel.tsx).
  admin: { components: { Label: '@/cms/admin/blocks/BlockLabel#BlockLabel' } },
  labels: { singular: label('callout'), plural: label('callouts') },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'tip',
      label: label('kind'),
      options: [
        { value: 'tip', label: label('tip') },
        { value: 'warning', label: label('warning') },
        { value: 'seeProfessional', label: label('seeAProfessional') },
      ],
    },
    { name: 'title', type: 'text', required: true, label: label('title') },
    { name: 'text', type: 'textarea', required: true, label: label('text') },
  ],
}
