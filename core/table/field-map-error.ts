/**
 * A field override the table cannot honour (`--map hireDate=Joined` where no column is called Joined): the user's
 * instruction would otherwise be dropped silently, so analysis stops with the inference's message listing what exists.
 * @example new FieldMapError('No column "Joined" for hireDate; columns: …').name // 'FieldMapError'
 */
export class FieldMapError extends Error {
  override readonly name = 'FieldMapError';
}
