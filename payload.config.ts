import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { editableLocales } from '@/cms/access/roles'
import { trustedOrigins } from '@/cms/accounts/origins'
import { answerClientErrors } from '@/cms/api/clientErrors'
import { graphQLLimits } from '@/cms/api/graphqlLimits'
import { adminTranslations } from '@/cms/translations'
import { Articles } from '@/cms/collections/Articles'
import { Exercises } from '@/cms/collections/Exercises'
import { Glossary } from '@/cms/collections/Glossary'
import { Media } from '@/cms/collections/Media'
import { redirectsConfig } from '@/cms/collections/redirects'
import { People } from '@/cms/collections/People'
import { Topics } from '@/cms/collections/Topics'
import { Users } from '@/cms/collections/Users'
import { applyMigrations, databaseAdapter } from '@/cms/database/adapter'
import { resolvePayloadSecret } from '@/cms/database/secret'
import { resolveDatabaseTarget } from '@/cms/database/target'
import { SiteSettings } from '@/cms/globals/SiteSettings'
import { holdsJobsLease } from '@/cms/jobs/lease'
import { jobsCron } from '@/cms/jobs/schedule'
import { createLogger } from '@/cms/logging/logger'
import { seoConfig } from '@/cms/seo'
import { resolveObjectStorage } from '@/cms/storage/objectStorage'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = resolveDatabaseTarget()
const objectStorage = resolveObjectStorage()

export default buildConfig({
  secret: resolvePayloadSecret(),
  db: databaseAdapter(database),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  // JSON lines with the request id in production, readable lines in development; no secrets.
  logger: createLogger(),
  serverURL: process.env.SITE_URL || undefined,
  // A login cookie counts only on requests from the site's own origins (SITE_URL, localhost).
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' – Heupfit',
      // The site's own icons (src/app/icon.svg, apple-icon.png), not Payload's.
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
        { rel: 'apple-touch-icon', type: 'image/png', url: '/apple-icon.png' },
      ],
    },
    components: {
      afterDashboard: ['@/cms/admin/TranslationOverview#TranslationOverview', '@/cms/admin/ReviewsDue#ReviewsDue'],
      graphics: { Icon: '@/cms/admin/graphics/Icon#Icon', Logo: '@/cms/admin/graphics/Logo#Logo' },
    },
    // No Gravatar: a profile picture drawn locally, that works without internet.
    avatar: 'default',
    // date-fns, in the admin's language: "25 november 2026 14:05" / "25 November 2026 14:05".
    dateFormat: 'd MMMM yyyy HH:mm',
  },
  i18n: {
    supportedLanguages: { nl, en },
    fallbackLanguage: 'en',
    translations: adminTranslations,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    // The site never shows one language's text as if it were the other's.
    fallback: false,
    // The Publish button publishes the language on screen; "publish all languages" is in its menu.
    defaultLocalePublishOption: 'active',
    // A translator sees, and may publish, only its own languages.
    filterAvailableLocales: ({ req, locales: all }) => {
      if (!req.user) return all
      const own = editableLocales(req.user)
      return all.filter((locale) => own.includes(locale.code as (typeof own)[number]))
    },
  },
  experimental: { localizeStatus: true },
  collections: [Articles, Exercises, Glossary, Topics, People, Media, Users],
  globals: [SiteSettings],
  plugins: [
    seoPlugin(seoConfig),
    redirectsPlugin(redirectsConfig),
    // Media in S3-compatible object storage when S3_BUCKET is set, else on disk in MEDIA_DIR; the
    // adapter's own field (the object key) is there either way, so one schema serves both.
    s3Storage({
      enabled: Boolean(objectStorage),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: objectStorage?.bucket ?? '',
      config: objectStorage?.config ?? {},
    }),
  ],
  jobs: {
    // Scheduled publishing runs inside the site's server, checked every minute (JOBS_CRON, a
    // cron expression that may have a seconds field); with JOBS_AUTORUN=false a separate worker
    // runs the queue instead (see the README).
    autoRun: [{ cron: jobsCron(), queue: 'default' }],
    // Several instances with REDIS_URL: only the one holding the jobs lease runs a tick.
    shouldAutoRun: async () =>
      Boolean(process.env.NEXT_RUNTIME) &&
      process.env.NEXT_PHASE !== 'phase-production-build' &&
      process.env.JOBS_AUTORUN !== 'false' &&
      (!process.env.REDIS_URL || (await holdsJobsLease(process.env.REDIS_URL))),
  },
  // Generated on purpose (npm run generate:types), never as a side effect of starting Payload:
  // the tests start it on MongoDB too, whose ids are strings.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'), ...graphQLLimits },
  // Input Payload or the database would fail on answers 4xx with one sentence (src/cms/api).
  hooks: { afterError: [answerClientErrors] },
  upload: {
    // An upload larger than this is refused with 413 before it is written anywhere.
    limits: { fileSize: 200 * 1024 * 1024, files: 1, fields: 100 },
  },
  onInit: async (payload) => {
    // Production applies the migrations at connect (prodMigrations); dev and tests do it here,
    // since the SQLite schema changes only through migrations.
    if (database.kind === 'sqlite' && process.env.NODE_ENV !== 'production') {
      await applyMigrations(payload)
    }
  },
})
