/** How long a start-up waits for MongoDB before it gives up with a message. */
export const mongoTimeoutMs = 5000
