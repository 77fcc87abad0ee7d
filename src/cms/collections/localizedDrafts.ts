import type { CollectionConfig } from 'payload'

/** Drafts, versions and autosave, with a publish status of its own for every locale. */
export const localizedDrafts: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    localizeStatus: true,
  },
  maxPerDoc: 50,
}
