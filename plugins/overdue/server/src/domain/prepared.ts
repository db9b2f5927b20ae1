import { updateDeadlineOf, type UpdateDeadline } from './column-rules';
import type { OverdueConfig } from './config';
import { buildColumnTree, type ColumnTree } from './column-tree';
import type { ColumnInput, Deadlines, ScanInput } from './types';

/**
 * What computeFindings and vetoRisk both derive from one scan's input: the column tree (with its
 * roll-ups of publications) and each column's update deadline. Prepared once and handed to both, a
 * 50,000-column site builds them once. Pure: a function of the input, config, calendar and `now`.
 */
export interface PreparedScan {
  readonly input: ScanInput;
  readonly config: OverdueConfig;
  readonly deadlines: Deadlines;
  readonly now: Date;
  readonly tree: ColumnTree;
  /** updateDeadlineOf(column, config, deadlines, now), computed once per column. */
  updateDeadline(column: ColumnInput): UpdateDeadline | null;
}

export const prepareScan = (input: ScanInput, config: OverdueConfig, deadlines: Deadlines, now: Date): PreparedScan => {
  const tree = buildColumnTree(input.columns);
  const known = new Map<ColumnInput, UpdateDeadline | null>();
  return {
    input,
    config,
    deadlines,
    now,
    tree,
    updateDeadline: (column) => {
      let deadline = known.get(column);
      if (deadline === undefined) known.set(column, (deadline = updateDeadlineOf(column, config, deadlines, now)));
      return deadline;
    },
  };
};

/** The prepared scan for these arguments: the one given if it was prepared for them, else a new one. */
export const preparedFor = (input: ScanInput, config: OverdueConfig, deadlines: Deadlines, now: Date, prepared?: PreparedScan): PreparedScan =>
  prepared && prepared.input === input && prepared.config === config && prepared.deadlines === deadlines && prepared.now.getTime() === now.getTime()
    ? prepared
    : prepareScan(input, config, deadlines, now);
