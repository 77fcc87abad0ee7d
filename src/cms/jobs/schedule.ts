import { Cron } from 'croner'

import { ConfigurationError } from '../database/target'

/**
 * How often the server runs the jobs queue (scheduled publishing). A malformed JOBS_CRON would
 * otherwise leave the queue silently unscheduled, and nothing scheduled would ever be published.
 */
export function jobsCron(value = process.env.JOBS_CRON): string {
  const cron = value?.trim() || '* * * * *'
  try {
    new Cron(cron, { paused: true }).stop()
  } catch (error) {
    throw new ConfigurationError(
      `JOBS_CRON "${cron}" is not a cron expression (${(error as Error).message}): use five fields such as "* * * * *", or six with seconds first.`,
    )
  }
  return cron
}
