import type { CollectionConfig } from 'payload'

/**
 * Drafts, versions and autosave, with a publish status of its own for every locale, and
 * publishing or unpublishing scheduled ahead (run by the jobs queue, see payload.config.ts).
 * Fields of these collections go through validateOnPublish, so drafts stay unchecked.
 */
export const localizedDrafts: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    // The create view stores nothing until Save draft (or Publish); see validateOnPublish.
    validate: true,
    localizeStatus: true,
    schedulePublish: true,
  },
  maxPerDoc: 50,
}
