import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export interface LoadResult {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
}

/** '1.23ms' / '850.00us' / '1.02s' → milliseconds. */
function milliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!match) throw new Error(`wrk printed a latency that this script cannot read: ${value}`)
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm']
  return Number(match[1]) * factor
}

/** Reads wrk's `--latency` report. */
export function parseWrk(output: string): LoadResult {
  const requests = /(\d+) requests in/.exec(output)
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output)
  const p50 = /^\s+50%\s+(\S+)/m.exec(output)
  const p99 = /^\s+99%\s+(\S+)/m.exec(output)
  if (!requests || !rate || !p50 || !p99) throw new Error(`wrk's output had no rate or percentiles:\n${output}`)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  const errors =
    (socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0)
  return {
    requests: Number(requests[1]),
    requestsPerSecond: Number(rate[1]), p50Ms: milliseconds(p50[1]), p99Ms: milliseconds(p99[1]), errors }
}

/** `wrk -t2 -c20 -d<seconds>s --latency <url>`, gzip asked for as a browser does, with any further headers. */
export async function load(url: string, seconds: number, headers: string[] = []): Promise<LoadResult> {
  const { stdout } = await exec(
    'wrk',
    ['-t2', '-c20', `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', ...headers.flatMap((h) => ['-H', h]), url],
    { maxBuffer: 1 << 20 },
  )
  return parseWrk(stdout)
}
