import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * An index on `_parent_id` for every table of localized values (`articles_locales`,
 * `_articles_v_locales`, …). Payload gives those tables one unique index on (`_locale`,
 * `_parent_id`), locale first; but every read asks for a document's values in all locales by
 * its id alone, in a subquery per document, which that index cannot answer. SQLite then scanned
 * the whole table once per document: listing 2,000 articles' slugs (the sitemap, the search
 * index) took 20 s, a page of 100 one second, growing with the square of the archive.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t._parentID) }),
    })
  }
  return schema
}
