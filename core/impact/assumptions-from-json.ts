import { z } from 'zod';
import { assumptionKeys, assumptionsSchema, defaultAssumptions, type Assumptions } from './assumptions.ts';
import { editAssumptions, type AssumptionEdits } from './edit-assumptions.ts';

const finite = z.number().finite();
const editSchema = z.union([
  finite.transform((base) => ({ base })),
  z.object({ low: finite.optional(), base: finite.optional(), high: finite.optional(), source: z.string().min(1).optional() }).strict(),
]);
const editsSchema = z
  .object({ currency: z.string().optional(), ...Object.fromEntries(assumptionKeys.map((key) => [key, editSchema.optional()])) })
  .strict();

/**
 * Read an assumptions JSON file, validated with zod so a bad file is rejected whole: either a complete saved set (as in a
 * snapshot, restored as it is) or just the keys to change, `{ "leaverCostShare": 0.4 }` or `{ "leaverCostShare": { "low": 0.3 } }`,
 * applied onto `from`. Any unknown key, wrong type or low > base > high throws one Error listing what is wrong; `{}` returns `from`.
 * A retired key an older PeopleCase saved (`trainingCostPerParticipant`, see snapshot migration v1-to-v2) is ignored.
 * @example assumptionsFromJson({ workingDaysPerYear: 230 }).workingDaysPerYear.base // 230
 */
export function assumptionsFromJson(json: unknown, from: Assumptions = defaultAssumptions): Assumptions {
  const current = withoutRetiredKeys(json);
  if (isCompleteSet(current)) return checked(assumptionsSchema.safeParse(current));
  return editAssumptions(from, checked(editsSchema.safeParse(current)) as AssumptionEdits);
}

/** Assumptions no estimate uses any more, which sets saved before their removal still hold. */
const retiredKeys: ReadonlySet<string> = new Set(['trainingCostPerParticipant']);

function withoutRetiredKeys(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  return Object.fromEntries(Object.entries(json).filter(([key]) => !retiredKeys.has(key)));
}

function isCompleteSet(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Object.keys(assumptionsSchema.shape).every((key) => key in json);
}

function checked<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new Error(`Assumptions file rejected, nothing applied: ${problems.join('; ')}`);
}
