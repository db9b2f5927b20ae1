import { wallTimeInstant, wallTimeMs } from './wall-time';

/** What node-postgres (and `new Date` on text without an offset) makes of a wall time: local time. */
const asLocalText = (wall: number): number => new Date(new Date(wall).toISOString().slice(0, 23)).getTime();

describe('wall times read as numbers', () => {
  it('gives the instant a local-time reading of the same wall time gives, whatever the process time zone', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i += 1) {
      const wall = Math.floor(random() * 4e12 - 1e12);
      expect(wallTimeInstant(wall)).toBe(asLocalText(wall));
    }
    // Every 15 minutes over two years: any daylight-saving change of the zone the tests run in.
    for (let wall = Date.UTC(2025, 0, 1); wall < Date.UTC(2027, 0, 1); wall += 15 * 60_000 + 7) expect(wallTimeInstant(wall)).toBe(asLocalText(wall));
  });

  it('reads the driver value (number or text) and nothing for absent or unreadable values', () => {
    const wall = Date.UTC(2026, 10, 22, 8, 30, 0, 123);
    expect(wallTimeMs(wall)).toBe(asLocalText(wall));
    expect(wallTimeMs(String(wall))).toBe(asLocalText(wall));
    expect(wallTimeMs(null)).toBeNull();
    expect(wallTimeMs(undefined)).toBeNull();
    expect(wallTimeMs('')).toBeNull();
    expect(wallTimeMs('Infinity')).toBeNull();
  });
});
