import type { FieldId } from './fields.ts';
import { parseBoolean } from './parse-boolean.ts';
import { parseCompletion } from './parse-completion.ts';
import { parseVoluntary } from './parse-voluntary.ts';

/**
 * The text parser of a yes/no field, so validation and value sniffing read a flag the same way: `voluntary` also reads
 * termination-type wording, `completed` also reads LMS status words, every other flag reads plain yes/no.
 * @example booleanParserOf('completed')('Passed') // 1
 */
export function booleanParserOf(field: FieldId): (text: string) => number {
  if (field === 'voluntary') return parseVoluntary;
  return field === 'completed' ? parseCompletion : parseBoolean;
}
