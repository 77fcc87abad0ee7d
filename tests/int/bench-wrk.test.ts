import { describe, expect, it } from 'vitest'

import { parseWrk } from '@scripts/bench/wrk'

/** wrk 4.1's `--latency` report, as Debian's wrk printed it on this machine (with errors added). */
const report = `Running 2s test @ http://127.0.0.1:4402/robots.txt
  2 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   215.63ms  247.91ms   1.53s    89.14%
    Req/Sec    68.87     34.15   161.00     71.05%
  Latency Distribution
     50%  124.79ms
     75%  185.90ms
     90%  521.27ms
     99%    1.20s 
  262 requests in 2.11s, 149.93KB read
  Socket errors: connect 0, read 2, write 0, timeout 7
  Non-2xx or 3xx responses: 3
Requests/sec:    124.46
Transfer/sec:     71.22KB
`

describe('npm run bench reads wrk', () => {
  it('takes the rate, the count, the percentiles in milliseconds and every error', () => {
    expect(parseWrk(report)).toEqual({
      requests: 262,
      requestsPerSecond: 124.46,
      p50Ms: 124.79,
      p99Ms: 1200,
      errors: 12,
    })
  })

  it('reads microseconds', () => {
    const fast = report.replace('124.79ms', '850.00us')
    expect(parseWrk(fast).p50Ms).toBeCloseTo(0.85)
  })

  it('refuses a report without percentiles (wrk run without --latency)', () => {
    expect(() => parseWrk(report.replace(/Latency Distribution[\s\S]*?99%.*\n/, ''))).toThrow(/percentiles/)
  })
})
