import { columnFindings } from './column-rules';
import type { OverdueConfig } from './config';
import type { Finding, Severity } from './finding';
import { inquiryFindings } from './inquiry-rules';
import { interpretationFindings } from './policy-rules';
import { preparedFor, type PreparedScan } from './prepared';
import { quotaFindings } from './quota-rules';
import { assertValidInstant } from '@content-assurance/kit/shared';
import { createLatenessCounter } from './working-days';
import type { Deadlines, ScanInput } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { overdue: 0, 'due-soon': 1, info: 2 };

/** Overdue first, then the oldest deadline (unknown ones first), then by key: a stable order. */
export const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  (a.dueAt?.getTime() ?? Number.NEGATIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.NEGATIVE_INFINITY) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Everything late or nearly late at `now`, in a stable order (see compareFindings). Deterministic:
 * the same input, config, calendar and `now` give the same findings and keys. See column-rules.ts,
 * inquiry-rules.ts, policy-rules.ts and quota-rules.ts for each rule. `prepared` (prepareScan of the
 * same arguments) shares the column tree and deadlines with vetoRisk.
 */
export const computeFindings = (input: ScanInput, config: OverdueConfig, deadlines: Deadlines, now: Date, prepared?: PreparedScan): Finding[] => {
  assertValidInstant(now, 'now');
  const scan = preparedFor(input, config, deadlines, now, prepared);
  const tree = scan.tree;
  const lateness = createLatenessCounter(deadlines, now);
  return [
    ...columnFindings(input.columns, tree, config, deadlines, now, lateness, scan.updateDeadline),
    ...inquiryFindings(input.inquiries, tree, config, deadlines, now, lateness),
    ...interpretationFindings(input.policyDocuments, config, deadlines, now, lateness),
    ...quotaFindings(input.units, input.monthlyCounts, config, deadlines, now, lateness),
  ].sort(compareFindings);
};
