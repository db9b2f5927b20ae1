import { instantOf, isoOf } from './instants';

describe('instants as the database gives them', () => {
  it('reads a Date, epoch milliseconds (number or text) and date text', () => {
    expect(instantOf(new Date(5))?.getTime()).toBe(5);
    expect(instantOf(1_795_334_912_018)?.getTime()).toBe(1_795_334_912_018);
    expect(instantOf('1795334912018')?.getTime()).toBe(1_795_334_912_018);
    expect(instantOf('2026-11-22T08:30:00.000Z')?.getTime()).toBe(Date.UTC(2026, 10, 22, 8, 30));
    // SQLite's CURRENT_TIMESTAMP text is UTC without a zone.
    expect(instantOf('2026-11-22 08:30:00')?.getTime()).toBe(Date.UTC(2026, 10, 22, 8, 30));
  });

  it('gives null for absent or unreadable values', () => {
    for (const value of [null, undefined, '', 'not a date', new Date(NaN)]) expect(instantOf(value)).toBeNull();
    expect(isoOf(null)).toBeNull();
  });

  it('writes ISO text', () => {
    expect(isoOf(Date.UTC(2026, 0, 2, 3, 4, 5, 6))).toBe('2026-01-02T03:04:05.006Z');
    expect(isoOf('2026-01-02T03:04:05.006+08:00')).toBe('2026-01-01T19:04:05.006Z');
  });
});
