import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_translation_state_outdated_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_translation_state_outdated_locales_order_idx\` ON \`articles_translation_state_outdated_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_translation_state_outdated_locales_parent_idx\` ON \`articles_translation_state_outdated_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_translation_state_outdated_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_translation_state_outdated_locales_order_idx\` ON \`_articles_v_version_translation_state_outdated_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_translation_state_outdated_locales_parent_idx\` ON \`_articles_v_version_translation_state_outdated_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exercises_translation_state_outdated_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exercises_translation_state_outdated_locales_order_idx\` ON \`exercises_translation_state_outdated_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exercises_translation_state_outdated_locales_parent_idx\` ON \`exercises_translation_state_outdated_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exercises_v_version_translation_state_outdated_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_exercises_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_translation_state_outdated_locales_order_idx\` ON \`_exercises_v_version_translation_state_outdated_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_translation_state_outdated_locales_parent_idx\` ON \`_exercises_v_version_translation_state_outdated_locales\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translation_state_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`mark_reviewed\` integer;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translation_state_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_mark_reviewed\` integer;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`exercises\` ADD \`translation_state_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`mark_reviewed\` integer;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`translated_from\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` ADD \`version_translation_state_source_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_mark_reviewed\` integer;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_translated_from\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_translation_state_outdated_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_translation_state_outdated_locales\`;`)
  await db.run(sql`DROP TABLE \`exercises_translation_state_outdated_locales\`;`)
  await db.run(sql`DROP TABLE \`_exercises_v_version_translation_state_outdated_locales\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`translation_state_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`mark_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_translation_state_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_mark_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_translated_from\`;`)
  await db.run(sql`ALTER TABLE \`exercises\` DROP COLUMN \`translation_state_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`mark_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`translated_from\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` DROP COLUMN \`version_translation_state_source_hash\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_mark_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_translated_from\`;`)
}
