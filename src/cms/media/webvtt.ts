/**
 * A WebVTT parse of the structure (https://www.w3.org/TR/webvtt1/): the "WEBVTT" line, then
 * blocks separated by blank lines: NOTE, STYLE and REGION blocks, and cues (an optional
 * identifier, a timing line "start --> end" with the end after the start, the cue's text).
 * Enough to know a browser will show every cue; cue settings and the text's markup are left
 * to the browser, which renders them as text.
 */
export type WebVTTProblem = { line: number; problem: 'notWebVTT' | 'badTiming' | 'noCues' | 'binary' }

const timestamp = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

function seconds(value: string): number | null {
  const match = timestamp.exec(value)
  if (!match) return null
  const [, hours, minutes, secs, millis] = match
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000
}

function timingIsValid(line: string): boolean {
  const match = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/.exec(line)
  if (!match) return false
  const start = seconds(match[1])
  const end = seconds(match[2])
  return start !== null && end !== null && end > start
}

/** The first problem of a caption file, or null when it is a WebVTT file with at least one cue. */
export function webVTTProblem(bytes: Buffer): WebVTTProblem | null {
  if (bytes.includes(0)) return { line: 1, problem: 'binary' }
  const lines = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { line: 1, problem: 'notWebVTT' }
  let index = 1
  // The header's own lines run to the first blank line.
  while (index < lines.length && lines[index] !== '') index += 1
  let cues = 0
  while (index < lines.length) {
    while (index < lines.length && lines[index] === '') index += 1
    if (index >= lines.length) break
    const start = index
    while (index < lines.length && lines[index] !== '') index += 1
    const block = lines.slice(start, index)
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0])) continue
    const timingAt = block[0].includes('-->') ? 0 : 1
    if (!timingIsValid(block[timingAt] ?? '')) return { line: start + timingAt + 1, problem: 'badTiming' }
    const stray = block.slice(timingAt + 1).findIndex((text) => text.includes('-->'))
    if (stray >= 0) return { line: start + timingAt + stray + 2, problem: 'badTiming' }
    cues += 1
  }
  return cues > 0 ? null : { line: lines.length, problem: 'noCues' }
}
