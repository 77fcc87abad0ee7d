import type { Block } from 'payload'

import { label } from '@/cms/fields/label'
import { existingOnly } from '@/cms/fields/existingOnly'

/** A quote from one of the people: a physiotherapist, a doctor, a coach. */
export const ExpertQuoteBlock: Block = {
  slug: 'expertQuote',
  interfaceName: 'ExpertQuoteBlock',
  // Its header in the editor names what it holds (src/cms/admin/blocks/BlockLabel.tsx).
  admin: { components: { Label: '@/cms/admin/blocks/BlockLabel#BlockLabel' } },
  labels: { singular: label('expertQuote'), plural: label('expertQuotes') },
  fields: [
    { name: 'quote', type: 'textarea', required: true, label: label('quote') },
    {
      name: 'person',
      type: 'relationship',
      relationTo: 'people',
      filterOptions: existingOnly,
      required: true,
      label: label('person'),
    },
  ],
}
