import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

// Runs before each test file: a database of its own on the emulator, or on the MongoDB that
// DATABASE_URI names (a new database beside the one named, dropped by nobody: use a test server).
const base = process.env.DATABASE_URI?.startsWith('mongodb') ? process.env.DATABASE_URI : inject('congoUri')
const database = `heupfit_test_${randomUUID().slice(0, 8)}`
process.env.DATABASE_URI = base.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?/, `$1/${database}`)
process.env.PAYLOAD_SECRET = 'integration-tests'
process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'heupfit-int-media-'))
