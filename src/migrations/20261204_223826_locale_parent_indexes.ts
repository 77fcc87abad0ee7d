import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`articles_sources_locales_parent_idx\` ON \`articles_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_locales_parent_idx\` ON \`_articles_v_version_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exercises_locales_parent_idx\` ON \`exercises_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_locales_parent_idx\` ON \`_exercises_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_locales_parent_idx\` ON \`glossary_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_idx\` ON \`people_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`exercises_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_exercises_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`glossary_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`people_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_locales_parent_idx\`;`)
}
