import { AsyncLocalStorage } from 'node:async_hooks'

import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino'
import { build as prettyStream } from 'pino-pretty'

/** The request being served, so that every log line written while serving it names it. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>()

/** Wherever a password, hash, token or session cookie could sit in a logged object. */
const secretPaths = ['password', 'hash', 'salt', 'token', 'apiKey', 'secret', 'resetPasswordToken']
export const redactedPaths = [
  ...secretPaths.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  ...['authorization', 'cookie', 'set-cookie'].flatMap((header) => [`headers.${header}`, `*.headers.${header}`]),
]

/**
 * The database adapter's errors quote the failed statement with its parameters, which may be a
 * password hash or an e-mail address: the statement stays, the values go.
 */
function withoutParameters(message: string): string {
  return message.replace(/\nparams: [\s\S]*/, '\nparams: [redacted]')
}

function serializeError(error: Error) {
  const serialized = stdSerializers.err(error)
  serialized.message = withoutParameters(serialized.message)
  if (serialized.stack) serialized.stack = withoutParameters(serialized.stack)
  return serialized
}

/**
 * Payload's logger (pino): JSON lines in production (LOG_FORMAT=pretty to read them by eye),
 * readable lines in development (LOG_FORMAT=json for JSON there too). Every line written while
 * a request is served carries its requestId; secrets are replaced by "[redacted]".
 */
export function createLogger(
  env: Record<string, string | undefined> = process.env,
  destination?: DestinationStream,
): Logger {
  const json = env.LOG_FORMAT ? env.LOG_FORMAT === 'json' : env.NODE_ENV === 'production'
  const options = {
    name: 'heupfit',
    level: env.LOG_LEVEL || 'info',
    enabled: env.DISABLE_LOGGING !== 'true',
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: { err: serializeError },
    mixin: () => {
      const requestId = requestContext.getStore()?.requestId
      return requestId ? { requestId } : {}
    },
  }
  if (json) return pino({ ...options, timestamp: pino.stdTimeFunctions.isoTime }, destination)
  return pino(
    options,
    prettyStream({
      colorize: !destination,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss',
      ...(destination ? { destination } : {}),
    }),
  )
}
