import { validateConfig } from './config';
import { at, column, fakeDeadlines, inquiry, scanInput } from './deadlines-fixture.test';
import { computeFindings } from './findings';
import { prepareScan } from './prepared';
import type { Deadlines } from './types';
import { vetoRisk } from './veto';

const config = validateConfig(undefined);
const NOW = at('2025-10-01T10:00:00+08:00');

const input = scanInput({
  columns: [
    column(1, { category: 'news', lastPublishedAt: at('2025-09-10T10:00:00+08:00') }),
    column(2, { category: 'notice', rules: [{ kind: 'every', unit: 'month', count: 1 }], lastPublishedAt: at('2025-09-29T10:00:00+08:00') }),
    column(3, { category: 'topic', lastPublishedAt: at('2025-09-01T10:00:00+08:00') }),
    column(4, { category: 'other', rules: [{ kind: 'every', unit: 'week', count: 1 }], lastPublishedAt: null, publishedCount: 0 }),
  ],
  inquiries: [inquiry(1, { receivedAt: at('2025-06-01T10:00:00+08:00') })],
});

/** A calendar that counts the deadlines asked of it. */
const counting = (): { deadlines: Deadlines; calls: () => number } => {
  let calls = 0;
  return {
    deadlines: { ...fakeDeadlines, nextDueAt: (rule, last, now) => ((calls += 1), fakeDeadlines.nextDueAt(rule, last, now)) },
    calls: () => calls,
  };
};

describe('prepareScan: the tree and deadlines computeFindings and vetoRisk share', () => {
  it('gives the same findings and veto risk as computing each alone', () => {
    const prepared = prepareScan(input, config, fakeDeadlines, NOW);
    expect(computeFindings(input, config, fakeDeadlines, NOW, prepared)).toEqual(computeFindings(input, config, fakeDeadlines, NOW));
    expect(vetoRisk(input, config, fakeDeadlines, NOW, prepared)).toEqual(vetoRisk(input, config, fakeDeadlines, NOW));
  });

  it("computes each column's update deadline once for both", () => {
    const alone = counting();
    computeFindings(input, config, alone.deadlines, NOW);
    vetoRisk(input, config, alone.deadlines, NOW);
    const shared = counting();
    const prepared = prepareScan(input, config, shared.deadlines, NOW);
    computeFindings(input, config, shared.deadlines, NOW, prepared);
    vetoRisk(input, config, shared.deadlines, NOW, prepared);
    expect(shared.calls()).toBeLessThan(alone.calls());
    const deadline = prepared.updateDeadline(input.columns[1]);
    expect(prepared.updateDeadline(input.columns[1])).toBe(deadline);
  });

  it('is not used for other arguments: a scan prepared for another instant is ignored', () => {
    const prepared = prepareScan(input, config, fakeDeadlines, at('2025-01-01T10:00:00+08:00'));
    expect(computeFindings(input, config, fakeDeadlines, NOW, prepared)).toEqual(computeFindings(input, config, fakeDeadlines, NOW));
    expect(vetoRisk(input, config, fakeDeadlines, NOW, prepared)).toEqual(vetoRisk(input, config, fakeDeadlines, NOW));
  });
});
