import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`exercises\` ADD \`video_webm_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`exercises_video_webm_idx\` ON \`exercises\` (\`video_webm_id\`);`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` ADD \`version_video_webm_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_version_video_webm_idx\` ON \`_exercises_v\` (\`version_video_webm_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_exercises\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`video_id\` integer,
  	\`poster_id\` integer,
  	\`video_url\` text,
  	\`type\` text,
  	\`difficulty\` text,
  	\`default_dosage_sets\` numeric,
  	\`default_dosage_reps\` numeric,
  	\`default_dosage_hold_seconds\` numeric,
  	\`default_dosage_duration_minutes\` numeric,
  	\`default_dosage_rest_seconds\` numeric,
  	\`default_dosage_per_side\` integer,
  	\`source_title\` text,
  	\`translation_state_source_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_exercises\`("id", "video_id", "poster_id", "video_url", "type", "difficulty", "default_dosage_sets", "default_dosage_reps", "default_dosage_hold_seconds", "default_dosage_duration_minutes", "default_dosage_rest_seconds", "default_dosage_per_side", "source_title", "translation_state_source_hash", "updated_at", "created_at") SELECT "id", "video_id", "poster_id", "video_url", "type", "difficulty", "default_dosage_sets", "default_dosage_reps", "default_dosage_hold_seconds", "default_dosage_duration_minutes", "default_dosage_rest_seconds", "default_dosage_per_side", "source_title", "translation_state_source_hash", "updated_at", "created_at" FROM \`exercises\`;`)
  await db.run(sql`DROP TABLE \`exercises\`;`)
  await db.run(sql`ALTER TABLE \`__new_exercises\` RENAME TO \`exercises\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`exercises_video_idx\` ON \`exercises\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`exercises_poster_idx\` ON \`exercises\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`exercises_updated_at_idx\` ON \`exercises\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exercises_created_at_idx\` ON \`exercises\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__exercises_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_video_id\` integer,
  	\`version_poster_id\` integer,
  	\`version_video_url\` text,
  	\`version_type\` text,
  	\`version_difficulty\` text,
  	\`version_default_dosage_sets\` numeric,
  	\`version_default_dosage_reps\` numeric,
  	\`version_default_dosage_hold_seconds\` numeric,
  	\`version_default_dosage_duration_minutes\` numeric,
  	\`version_default_dosage_rest_seconds\` numeric,
  	\`version_default_dosage_per_side\` integer,
  	\`version_source_title\` text,
  	\`version_translation_state_source_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exercises\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__exercises_v\`("id", "parent_id", "version_video_id", "version_poster_id", "version_video_url", "version_type", "version_difficulty", "version_default_dosage_sets", "version_default_dosage_reps", "version_default_dosage_hold_seconds", "version_default_dosage_duration_minutes", "version_default_dosage_rest_seconds", "version_default_dosage_per_side", "version_source_title", "version_translation_state_source_hash", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_video_id", "version_poster_id", "version_video_url", "version_type", "version_difficulty", "version_default_dosage_sets", "version_default_dosage_reps", "version_default_dosage_hold_seconds", "version_default_dosage_duration_minutes", "version_default_dosage_rest_seconds", "version_default_dosage_per_side", "version_source_title", "version_translation_state_source_hash", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_exercises_v\`;`)
  await db.run(sql`DROP TABLE \`_exercises_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__exercises_v\` RENAME TO \`_exercises_v\`;`)
  await db.run(sql`CREATE INDEX \`_exercises_v_parent_idx\` ON \`_exercises_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_version_video_idx\` ON \`_exercises_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_version_poster_idx\` ON \`_exercises_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_version_updated_at_idx\` ON \`_exercises_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_version_created_at_idx\` ON \`_exercises_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_created_at_idx\` ON \`_exercises_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_updated_at_idx\` ON \`_exercises_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_snapshot_idx\` ON \`_exercises_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_published_locale_idx\` ON \`_exercises_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_latest_idx\` ON \`_exercises_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_exercises_v_autosave_idx\` ON \`_exercises_v\` (\`autosave\`);`)
}
