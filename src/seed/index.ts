import type { Payload } from 'payload'
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  return (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0
}
export async function seed(_payload: Payload): Promise<void> {}
