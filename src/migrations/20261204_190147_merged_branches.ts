import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * No statements: the four migrations of 2 December (caption transcripts, article sources and
 * review dates, the glossary, the media object key, identical parts of translations) were made
 * on separate branches, each against the schema of its own branch, so the last one's snapshot
 * missed the others' tables and columns although their statements create them all. This
 * migration carries the snapshot of the whole schema (its .json), so that the next
 * `npm run migrate:create` starts from it.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
