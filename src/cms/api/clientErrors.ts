import type { AfterErrorHook } from 'payload'

type ClientError = { status: 400 | 404 | 409 | 413 | 415; message: string }

/** The error and what caused it (drizzle wraps the driver's error in `cause`), outermost first. */
function chain(error: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && found.length < 5) {
    const record = current as Record<string, unknown>
    found.push(record)
    current = record.originalError ?? record.cause
  }
  return found
}

const has = (record: Record<string, unknown>, key: string, pattern: RegExp) =>
  typeof record[key] === 'string' && pattern.test(record[key] as string)

/**
 * What the caller did wrong, when an error Payload would answer with 500 was caused by the input:
 * a link to a document that does not exist, a value a unique field already has, a date or
 * number that is none, an address with broken percent-encoding, a body that is not JSON.
 * Anything else stays a 500, with Payload's "Something went wrong." and the details in the log.
 */
export function clientErrorOf(error: unknown): ClientError | undefined {
  for (const link of chain(error)) {
    const code = typeof link.code === 'string' ? link.code : ''
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || has(link, 'message', /FOREIGN KEY constraint failed/))
      return { status: 400, message: 'A link points at a document that does not exist.' }
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || link.code === 11000)
      return { status: 409, message: 'A value that must be unique is already taken.' }
    if (code === 'SQLITE_CONSTRAINT_NOTNULL') return { status: 400, message: 'A required value is missing.' }
    if (code === 'SQLITE_TOOBIG' || has(link, 'message', /too many SQL variables|string or blob too big/i))
      return { status: 413, message: 'The query or value is too large.' }
    if (code === 'SQLITE_MISMATCH' || link.name === 'CastError' || link.name === 'BSONError')
      return { status: 400, message: 'A value does not have the type its field needs (a number, a date, an id).' }
    // A value Payload could not turn into the field's type (a date that is none, an id that is
    // no number) reaches the SQLite driver as undefined.
    if (link.name === 'TypeError' && has(link, 'message', /cannot be passed as argument to the database/))
      return { status: 400, message: 'A value does not have the type its field needs (a number, a date, an id).' }
    if (link.name === 'RangeError' && has(link, 'message', /Only finite numbers/))
      return { status: 400, message: 'A value does not have the type its field needs (a number, a date, an id).' }
    if (link.name === 'RangeError' && has(link, 'message', /Invalid time value|Invalid Date/))
      return { status: 400, message: 'A date in the request is not a date.' }
    // busboy, reading a multipart upload: a part header it cannot parse (a NUL in the file name).
    if (has(link, 'message', /^(Malformed part header|Unexpected end of form|Malformed urlencoded form)/))
      return { status: 400, message: 'The upload form is malformed: check the file name and send it again.' }
    if (link.name === 'URIError') return { status: 400, message: 'The address holds malformed percent-encoding.' }
    if (link.name === 'SyntaxError' && has(link, 'message', /JSON/))
      return { status: 400, message: 'The body is not valid JSON.' }
  }
  return undefined
}

/**
 * The one place where Payload's REST and GraphQL errors become the caller's 4xx (config
 * hooks.afterError). Errors Payload already answers with a 4xx (validation, not found,
 * forbidden) pass unchanged.
 */
export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const status =
    (error as { status?: number }).status ?? (error as { originalError?: { status?: number } }).originalError?.status
  if (status && status < 500) return
  const client = clientErrorOf(error)
  if (!client) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: client.message,
        extensions: { ...graphqlResult.extensions, statusCode: client.status },
      },
    }
  }
  return { status: client.status, response: { ...result, errors: [{ message: client.message }] } }
}
