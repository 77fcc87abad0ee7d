import * as migration_20261125_102918_initial from './20261125_102918_initial';
import * as migration_20261125_111818_redirects_seo_schedule from './20261125_111818_redirects_seo_schedule';
import * as migration_20261125_112826_translation_status from './20261125_112826_translation_status';
import * as migration_20261125_124048_source_title from './20261125_124048_source_title';
import * as migration_20261125_173920_exercise_video_webm from './20261125_173920_exercise_video_webm';
import * as migration_20261202_062210_caption_transcripts from './20261202_062210_caption_transcripts';
import * as migration_20261202_062743_article_sources_review_due from './20261202_062743_article_sources_review_due';
import * as migration_20261202_064727_glossary from './20261202_064727_glossary';
import * as migration_20261202_070046_media_object_key from './20261202_070046_media_object_key';
import * as migration_20261202_070631_translation_identical_parts from './20261202_070631_translation_identical_parts';
import * as migration_20261204_190147_merged_branches from './20261204_190147_merged_branches';
import * as migration_20261204_223826_locale_parent_indexes from './20261204_223826_locale_parent_indexes';

export const migrations = [
  {
    up: migration_20261125_102918_initial.up,
    down: migration_20261125_102918_initial.down,
    name: '20261125_102918_initial',
  },
  {
    up: migration_20261125_111818_redirects_seo_schedule.up,
    down: migration_20261125_111818_redirects_seo_schedule.down,
    name: '20261125_111818_redirects_seo_schedule',
  },
  {
    up: migration_20261125_112826_translation_status.up,
    down: migration_20261125_112826_translation_status.down,
    name: '20261125_112826_translation_status',
  },
  {
    up: migration_20261125_124048_source_title.up,
    down: migration_20261125_124048_source_title.down,
    name: '20261125_124048_source_title',
  },
  {
    up: migration_20261125_173920_exercise_video_webm.up,
    down: migration_20261125_173920_exercise_video_webm.down,
    name: '20261125_173920_exercise_video_webm',
  },
  {
    up: migration_20261202_062210_caption_transcripts.up,
    down: migration_20261202_062210_caption_transcripts.down,
    name: '20261202_062210_caption_transcripts',
  },
  {
    up: migration_20261202_062743_article_sources_review_due.up,
    down: migration_20261202_062743_article_sources_review_due.down,
    name: '20261202_062743_article_sources_review_due',
  },
  {
    up: migration_20261202_064727_glossary.up,
    down: migration_20261202_064727_glossary.down,
    name: '20261202_064727_glossary',
  },
  {
    up: migration_20261202_070046_media_object_key.up,
    down: migration_20261202_070046_media_object_key.down,
    name: '20261202_070046_media_object_key',
  },
  {
    up: migration_20261202_070631_translation_identical_parts.up,
    down: migration_20261202_070631_translation_identical_parts.down,
    name: '20261202_070631_translation_identical_parts',
  },
  {
    up: migration_20261204_190147_merged_branches.up,
    down: migration_20261204_190147_merged_branches.down,
    name: '20261204_190147_merged_branches',
  },
  {
    up: migration_20261204_223826_locale_parent_indexes.up,
    down: migration_20261204_223826_locale_parent_indexes.down,
    name: '20261204_223826_locale_parent_indexes'
  },
];
