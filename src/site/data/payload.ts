import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The one Payload instance the reader site queries (cached by Payload per process). */
export const getPayloadClient = (): Promise<Payload> => getPayload({ config })
