/**
 * `npm run backup -- --out FILE`: every document (all languages, drafts, versions, accounts with
 * their password hashes, redirects, scheduled jobs) and every media file of the database and
 * media folder that DATABASE_URI and MEDIA_DIR name, in one .tar.gz with a manifest of checksums.
 */
import { run } from './run'

run(async () => {
  const out = valueOf('--out')
  if (!out)
    throw Object.assign(new Error('Name the archive to write: npm run backup -- --out backup.tar.gz'), {
      name: 'ConfigurationError',
    })
  const [{ createBackup }, { formatBytes }, { loadPayload }, { configuredMediaStore }, path] = await Promise.all([
    import('./backup/backup'),
    import('./backup/progress'),
    import('./load-payload'),
    import('./backup/mediaStore'),
    import('node:path'),
  ])
  const payload = await loadPayload()
  const started = Date.now()
  const summary = await createBackup(payload, { out: path.resolve(out), media: configuredMediaStore() })
  console.log(
    `Backed up ${summary.documents} documents and ${summary.mediaFiles} media files (${formatBytes(summary.mediaBytes)}) from ${summary.manifest.database} into ${out} (${formatBytes(summary.archiveBytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
})

function valueOf(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index >= 0
    ? process.argv[index + 1]
    : process.argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1)
}
