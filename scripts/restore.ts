/**
 * `npm run restore -- FILE [--replace]`: puts a backup made by `npm run backup` into the
 * database and media folder that DATABASE_URI and MEDIA_DIR name. It refuses a database that
 * holds anything unless told --replace, and checks the whole archive before writing.
 */
import { run } from './run'

run(async () => {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
  if (!file) {
    throw Object.assign(new Error('Name the archive to restore: npm run restore -- backup.tar.gz [--replace]'), {
      name: 'ConfigurationError',
    })
  }
  const [{ restoreBackup }, { formatBytes }, { loadPayload }, { configuredMediaStore }, path] = await Promise.all([
    import('./backup/restore'),
    import('./backup/progress'),
    import('./load-payload'),
    import('./backup/mediaStore'),
    import('node:path'),
  ])
  const payload = await loadPayload()
  const started = Date.now()
  const summary = await restoreBackup(payload, {
    file: path.resolve(file),
    media: configuredMediaStore(),
    replace: process.argv.includes('--replace'),
  })
  console.log(
    `Restored ${summary.documents} documents and ${summary.mediaFiles} media files (${formatBytes(summary.mediaBytes)}) from ${file} (made ${summary.manifest.createdAt} on ${summary.manifest.database}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
})
