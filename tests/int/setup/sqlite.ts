import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Runs before each test file: a database and an upload folder of its own.
const dir = mkdtempSync(path.join(tmpdir(), 'heupfit-int-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
process.env.PAYLOAD_SECRET = 'integration-tests'
process.env.MEDIA_DIR = path.join(dir, 'media')
