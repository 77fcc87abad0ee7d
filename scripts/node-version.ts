/** The oldest Node major the project runs on; `.nvmrc` and `engines` in package.json name the same. */
export const minimumNodeMajor = 24

/** One sentence for a Node that is too old, or nothing. */
export function unsupportedNodeMessage(version = process.versions.node): string | undefined {
  if (Number(version.split('.')[0]) >= minimumNodeMajor) return undefined
  return (
    `Heupfit needs Node ${minimumNodeMajor} or newer, and this is Node ${version}: ` +
    `run it through npm (npm install puts Node ${minimumNodeMajor} in node_modules/.bin on Linux), ` +
    `or install the version in .nvmrc.`
  )
}

export function assertSupportedNode(): void {
  const message = unsupportedNodeMessage()
  if (!message) return
  const error = new Error(message)
  error.name = 'ConfigurationError'
  throw error
}
