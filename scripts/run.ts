import { ConfigurationError } from '../src/cms/database/target'

/** Resolves once everything written to the stream so far has been handed to the OS. */
const drained = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()))

/**
 * Runs a script's main function: a configuration mistake ends it with its one-sentence
 * message and exit code 1, anything else with the full error. Either way the process ends
 * (open database handles would otherwise keep it alive), after its output is flushed: into a
 * pipe, Node writes asynchronously, and a generated password must not get lost.
 */
export function run(main: () => Promise<void>): void {
  main()
    .then(
      () => 0,
      (error: unknown) => {
        if (error instanceof ConfigurationError) console.error(`\n${error.message}\n`)
        else console.error(error)
        return 1
      },
    )
    .then(async (code) => {
      await Promise.all([drained(process.stdout), drained(process.stderr)])
      process.exit(code)
    })
}
