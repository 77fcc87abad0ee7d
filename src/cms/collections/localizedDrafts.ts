import type { CollectionConfig } from 'payload'

/**
 * Drafts, versions and autosave, with a publish status of its own for every locale, and
 * publishing or unpublishing scheduled ahead (run by the jobs queue, see payload.config.ts).
 */
export const localizedDrafts: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    localizeStatus: true,
    schedulePublish: true,
  },
  maxPerDoc: 50,
}
