import type { SnapshotMigration } from './snapshot-migration.ts';

/**
 * Version 2 retires the training return (valued on revenue without a margin it overstated returns many times over): the
 * assumption set loses `trainingCostPerParticipant` and a finding's `training-roi` impact becomes none. The documents keep
 * their text and quantities as written, so the record of what was proposed is unchanged.
 * @example migrateV1ToV2.migrate({ assumptions: { currency: 'USD', trainingCostPerParticipant: {} }, findings: [] }).assumptions // { currency: 'USD' }
 */
export const migrateV1ToV2: SnapshotMigration = {
  from: 1,
  migrate(snapshot) {
    const { trainingCostPerParticipant: _retired, ...assumptions } = (snapshot.assumptions ?? {}) as Record<string, unknown>;
    const findings = Array.isArray(snapshot.findings)
      ? snapshot.findings.map((finding: { impact?: { kind?: unknown } | null }) => (finding?.impact?.kind === 'training-roi' ? { ...finding, impact: null } : finding))
      : snapshot.findings;
    return { ...snapshot, assumptions, findings };
  },
};
