import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`untranslated\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`identical_confirmed\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_untranslated\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_identical_confirmed\` text;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`untranslated\` text;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`identical_confirmed\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_untranslated\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_identical_confirmed\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`untranslated\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`identical_confirmed\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_untranslated\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_identical_confirmed\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`untranslated\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`identical_confirmed\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_untranslated\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_identical_confirmed\`;`)
}
