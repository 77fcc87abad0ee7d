import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export interface Scores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
}

interface Report {
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>
}

/**
 * Lighthouse's four category scores (0–100) for a page, mobile (its default: a mid-range phone
 * on slow 4G, simulated), in Debian's Chromium where it is installed (chrome-launcher reads CHROME_PATH).
 */
export async function lighthouseScores(url: string): Promise<Scores> {
  const chrome = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const { stdout } = await exec(
    'npx',
    [
      'lighthouse',
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, maxBuffer: 64 << 20 },
  )
  const { categories } = JSON.parse(stdout) as Report
  const score = (name: keyof Report['categories']) => Math.round((categories[name].score ?? 0) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  }
}
