import type { Block } from 'payload'

import { label } from '@/cms/fields/label'

/** A quote from one of the people: a physiotherapist, a doctor, a coach. */
export const ExpertQuoteBlock: Block = {
  slug: 'expertQuote',
  interfaceName: 'ExpertQuoteBlock',
  labels: { singular: label('Expert quote', 'Citaat van een expert'), plural: label('Expert quotes', 'Citaten') },
  fields: [
    { name: 'quote', type: 'textarea', required: true, label: label('Quote', 'Citaat') },
    { name: 'person', type: 'relationship', relationTo: 'people', required: true, label: label('Person', 'Persoon') },
  ],
}
