import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Starts a command in its own process group (stopped with stopGroup). */
export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = true): ChildProcess {
  return spawn(command, args, { env, detached: true, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] })
}

export function stopGroup(child: ChildProcess): void {
  if (!child.pid) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

/** CPU time (user + system, milliseconds) used so far by every process in a process group, from /proc. */
export function groupCpuMs(pgid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended meanwhile
    }
  }
  // Linux reports in clock ticks of 1/100 s (USER_HZ).
  return ticks * 10
}

/** Resident memory of every process in a process group, summed (bytes), read from /proc. */
export function groupMemory(pgid: number): number {
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which sits in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      total += Number(fields[21]) * 4096
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

/** Runs a command in its own group to its end: wall time and peak summed memory (sampled every 250 ms). */
export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakBytes: number }> {
  const started = performance.now()
  const child = startGroup(command, args, env, false)
  let peakBytes = 0
  const sampler = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, groupMemory(child.pid))
  }, 250)
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sampler)
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, peakBytes })
      else reject(new Error(`${command} ${args.join(' ')} ended with exit code ${code}`))
    })
  })
}
