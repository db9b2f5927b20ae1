import { shouldEscalate } from './escalation';

const at = (iso: string): Date => new Date(iso);
const first = at('2025-09-30T09:00:00+08:00');

describe('shouldEscalate', () => {
  it.each([
    ['just seen', '2025-09-30T09:00:00+08:00', 3, false],
    ['exactly 3 days open', '2025-10-03T09:00:00+08:00', 3, false],
    ['3 days and 1 ms open', '2025-10-03T09:00:00.001+08:00', 3, true],
    ['a week open', '2025-10-07T09:00:00+08:00', 3, true],
    ['0 days: anything open at all', '2025-09-30T09:00:00.001+08:00', 0, true],
    ['0 days, the same instant', '2025-09-30T09:00:00+08:00', 0, false],
    ['first seen after now (clock skew)', '2025-09-29T09:00:00+08:00', 0, false],
  ])('%s → %s', (_name, now, days, expected) => {
    expect(shouldEscalate(first, at(now), days)).toBe(expected);
  });
  it('rejects invalid instants and day counts', () => {
    expect(() => shouldEscalate(new Date('x'), first, 3)).toThrow(RangeError);
    expect(() => shouldEscalate(first, new Date('x'), 3)).toThrow(RangeError);
    expect(() => shouldEscalate(first, first, -1)).toThrow(RangeError);
    expect(() => shouldEscalate(first, first, 1.5)).toThrow(RangeError);
  });
});
