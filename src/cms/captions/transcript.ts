/**
 * The text of a WebVTT caption file as a reader's transcript: the cues' words in order, without
 * timings, cue settings, notes, styles or markup. Entities are decoded to plain characters, so
 * the result is text to be rendered as text (never as HTML).
 */

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: '',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return entities[name.toLowerCase()] ?? whole
  })
}

/** A cue's payload as one line: tags (<v Name>, <i>, <c.x>, <00:01.000>) gone, entities decoded. */
function cueText(lines: string[]): string {
  return decodeEntities(lines.join(' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Each cue's text, in order; a cue repeated by roll-up captions appears once. */
export function transcriptOf(vtt: string): string[] {
  const blocks = vtt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
  const cues: string[] = []
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '')
    const timing = lines.findIndex((line) => line.includes('-->'))
    // The header, NOTE, STYLE and REGION blocks have no timing line; a cue's is its first or second.
    if (timing < 0 || timing > 1) continue
    const text = cueText(lines.slice(timing + 1))
    if (text && text !== cues.at(-1)) cues.push(text)
  }
  return cues
}

/** How a transcript is stored on its media document: one cue a line. */
export const storedTranscript = (cues: string[]): string | null => (cues.length ? cues.join('\n') : null)

/** A stored transcript's cues again. */
export const transcriptLines = (stored: string | null | undefined): string[] =>
  (stored ?? '').split('\n').filter((line) => line.trim() !== '')
