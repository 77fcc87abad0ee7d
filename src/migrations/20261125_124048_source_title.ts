import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`ALTER TABLE \`exercises\` ADD \`source_title\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` ADD \`version_source_title\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`ALTER TABLE \`exercises\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` DROP COLUMN \`version_source_title\`;`)
}
