import { ConfigurationError } from '../src/cms/database/target'

/**
 * Runs a script's main function: a configuration mistake ends it with its one-sentence
 * message and exit code 1, anything else with the full error. Either way the process ends,
 * since open database handles would otherwise keep it alive.
 */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ConfigurationError) console.error(`\n${error.message}\n`)
      else console.error(error)
      process.exit(1)
    },
  )
}
