/** The field messages of a rejected save (Payload's ValidationError keeps them in `data.errors`). */
export async function fieldErrors(attempt: Promise<unknown>): Promise<string[]> {
  try {
    await attempt
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
    if (errors) return errors.map((entry) => entry.message)
    throw error
  }
  throw new Error('The save was expected to be refused, but it succeeded.')
}
