import { SingleBar } from 'cli-progress'

/** Reports documents and bytes as a bar on a terminal, as plain lines in CI or in a pipe. */
export interface Progress {
  /** Starts a stage of `total` steps (documents or files). */
  start(stage: string, total: number): void
  /** One more step done, which wrote or read `bytes`. */
  tick(bytes?: number): void
  stop(): void
}

export const formatBytes = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MiB`

const onTerminal = (): boolean => Boolean(process.stderr.isTTY) && !process.env.CI

export function createProgress(quiet = false): Progress {
  if (quiet) return { start: () => undefined, tick: () => undefined, stop: () => undefined }
  return onTerminal() ? barProgress() : lineProgress()
}

function barProgress(): Progress {
  let bar: SingleBar | undefined
  let bytes = 0
  const stop = () => {
    bar?.stop()
    bar = undefined
  }
  return {
    start(stage, total) {
      stop()
      bytes = 0
      bar = new SingleBar({
        format: `${stage.padEnd(28)} {bar} {value}/{total} {bytes}`,
        stream: process.stderr,
        hideCursor: true,
      })
      bar.start(total, 0, { bytes: formatBytes(0) })
    },
    tick(more = 0) {
      bytes += more
      bar?.increment(1, { bytes: formatBytes(bytes) })
    },
    stop,
  }
}

/** One line per stage, and one per tenth of a long stage, so that CI logs show it moving. */
function lineProgress(): Progress {
  let name = ''
  let total = 0
  let done = 0
  let bytes = 0
  let lastTenth = 0
  const line = () => console.log(`${name}: ${done}/${total} (${formatBytes(bytes)})`)
  return {
    start(stage, steps) {
      name = stage
      total = steps
      done = 0
      bytes = 0
      lastTenth = 0
      if (steps === 0) line()
    },
    tick(more = 0) {
      done += 1
      bytes += more
      const tenth = Math.floor((done * 10) / Math.max(total, 1))
      if (done === total || (total >= 50 && tenth > lastTenth)) {
        lastTenth = tenth
        line()
      }
    },
    stop: () => undefined,
  }
}
