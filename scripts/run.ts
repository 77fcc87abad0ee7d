/**
 * The entry of every script. It imports nothing heavy on purpose: the guards below are in place
 * before a script loads Payload, so that nothing it loads can end the process unnoticed.
 */
import { assertSupportedNode } from './node-version'

/** Resolves once everything written to the stream so far has been handed to the OS. */
const drained = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()))

/**
 * Runs a script's main function: a configuration mistake ends it with its one-sentence
 * message and exit code 1, anything else with the full error. Either way the process ends
 * (open database handles would otherwise keep it alive), after its output is flushed: into a
 * pipe, Node writes asynchronously, and a generated password must not get lost.
 *
 * If the event loop empties while main is still pending, nothing can ever settle it: Node would
 * exit 0 as if the script had succeeded (seen with Node 20's ESM loader, 8 runs in 20, having
 * done nothing). `beforeExit` fires exactly then, and the script fails with a sentence instead.
 */
export function run(main: () => Promise<void>, name = scriptName()): void {
  let finished = false
  process.on('beforeExit', () => {
    if (finished) return
    finished = true
    console.error(`\n${name} stopped before finishing its work (nothing was left to wait for): run it again.\n`)
    process.exit(1)
  })
  Promise.resolve()
    .then(() => {
      assertSupportedNode()
      return main()
    })
    .then(
      () => 0,
      (error: unknown) => {
        if (error instanceof Error && error.name === 'ConfigurationError') console.error(`\n${error.message}\n`)
        else console.error(error)
        return 1
      },
    )
    .then(async (code) => {
      finished = true
      await Promise.all([drained(process.stdout), drained(process.stderr)])
      process.exit(code)
    })
}

function scriptName(): string {
  const script = process.env.npm_lifecycle_event
  return script ? `npm run ${script}` : `The script ${process.argv[1] ?? ''}`.trim()
}
