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
 * @example assumptionsFromJson({ workingDaysPerYear: 230 }).workingDaysPerYear.base // 230
 */
export function assumptionsFromJson(json: unknown, from: Assumptions = defaultAssumptions): Assumptions {
  if (isCompleteSet(json)) return checked(assumptionsSchema.safeParse(json));
  return editAssumptions(from, checked(editsSchema.safeParse(json)) as AssumptionEdits);
}

function isCompleteSet(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Object.keys(assumptionsSchema.shape).every((key) => key in json);
}

function checked<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new Error(`Assumptions file rejected, nothing applied: ${problems.join('; ')}`);
}
