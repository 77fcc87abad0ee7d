import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { storedTranscript, transcriptOf } from '@/cms/captions/transcript'
import { mediaDir } from '@/cms/collections/Media'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`transcript\` text;`)
  // Caption files uploaded before transcripts existed get theirs from the file on disk.
  const { rows } = await db.run(sql`SELECT \`id\`, \`filename\` FROM \`media\` WHERE \`mime_type\` = 'text/vtt';`)
  for (const row of rows) {
    const file = path.join(mediaDir(), String(row.filename))
    if (!row.filename || !existsSync(file)) continue
    const transcript = storedTranscript(transcriptOf(readFileSync(file, 'utf8')))
    await db.run(sql`UPDATE \`media\` SET \`transcript\` = ${transcript} WHERE \`id\` = ${row.id};`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`transcript\`;`)
}
