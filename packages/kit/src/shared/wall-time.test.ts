import { instantDate, instantMs, wallTimeInstant, wallTimeMs } from './wall-time';

/** What node-postgres (and `new Date` on text without an offset) makes of a wall time: local time. */
const asLocalText = (wall: number): number => new Date(new Date(wall).toISOString().slice(0, 23)).getTime();

describe('instants read as numbers', () => {
  it('gives the instant a local-time reading of the same wall time gives, whatever the process time zone', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i += 1) {
      const wall = Math.floor(random() * 4e12 - 1e12);
      expect(wallTimeInstant(wall)).toBe(asLocalText(wall));
    }
    for (let wall = Date.UTC(2025, 0, 1); wall < Date.UTC(2027, 0, 1); wall += 15 * 60_000 + 7) expect(wallTimeInstant(wall)).toBe(asLocalText(wall));
  });

  it('reads PostgreSQL wall times and what SQLite stores (epoch milliseconds, or date text)', () => {
    const wall = Date.UTC(2026, 10, 22, 8, 30, 0, 123);
    expect(instantMs(wall, true)).toBe(asLocalText(wall));
    expect(instantMs(String(wall), true)).toBe(asLocalText(wall));
    expect(instantMs(1_795_334_912_018, false)).toBe(1_795_334_912_018);
    expect(instantMs('1795334912018', false)).toBe(1_795_334_912_018);
    expect(instantMs('2026-11-22T08:30:00.000Z', false)).toBe(Date.UTC(2026, 10, 22, 8, 30));
    expect(instantMs(new Date(5), false)).toBe(5);
    for (const absent of [null, undefined, '']) {
      expect(instantMs(absent, true)).toBeNull();
      expect(instantMs(absent, false)).toBeNull();
    }
    expect(instantMs('not a date', false)).toBeNull();
  });

  it('reads the driver value (number or text) and nothing for absent or unreadable values', () => {
    const wall = Date.UTC(2026, 10, 22, 8, 30, 0, 123);
    expect(wallTimeMs(wall)).toBe(asLocalText(wall));
    expect(wallTimeMs(String(wall))).toBe(asLocalText(wall));
    expect(wallTimeMs(null)).toBeNull();
    expect(wallTimeMs(undefined)).toBeNull();
    expect(wallTimeMs('')).toBeNull();
    expect(wallTimeMs('Infinity')).toBeNull();
    expect(instantDate(wall, true)?.getTime()).toBe(asLocalText(wall));
    expect(instantDate(null, false)).toBeNull();
  });
});
