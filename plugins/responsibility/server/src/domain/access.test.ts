import { defaultUnitOf, mayChooseUnit, mayViewReview, mayWriteItem, type Standing } from './access';

const ECOLOGY = 1;
const COUNTY = 2;
const FINANCE = 3;
const officer: Standing = { isSuperAdmin: false, siteAdministrator: false, officerUnitIds: [ECOLOGY], unitIds: [ECOLOGY] };
const reviewer: Standing = { isSuperAdmin: false, siteAdministrator: false, officerUnitIds: [], unitIds: [ECOLOGY] };
const siteAdmin: Standing = { isSuperAdmin: false, siteAdministrator: true, officerUnitIds: [], unitIds: [] };
const nobody: Standing = { isSuperAdmin: false, siteAdministrator: false, officerUnitIds: [], unitIds: [] };
const shared = { columnId: 10, ownerUnitIds: [ECOLOGY, COUNTY] };

describe('item access (domain/access)', () => {
  it.each([
    ['officer, own unit, own column', officer, { ...shared, unitId: ECOLOGY }, { ok: true }],
    ['officer, new item (no unit yet), own column', officer, { ...shared, unitId: null }, { ok: true }],
    ['officer, another unit\'s item in a shared column', officer, { ...shared, unitId: COUNTY }, { ok: false, reason: 'other-unit-item', unitId: COUNTY }],
    ['officer, a column of another unit', officer, { columnId: 11, ownerUnitIds: [FINANCE], unitId: ECOLOGY }, { ok: false, reason: 'column-not-owned', columnId: 11, ownerUnitIds: [FINANCE] }],
    ['officer, a reply to an inquiry assigned elsewhere', officer, { columnId: null, ownerUnitIds: [FINANCE], unitId: null }, { ok: false, reason: 'column-not-owned', columnId: null, ownerUnitIds: [FINANCE] }],
    ['officer, an unassigned column', officer, { columnId: 12, ownerUnitIds: [], unitId: null }, { ok: false, reason: 'column-not-owned', columnId: 12, ownerUnitIds: [] }],
    ['reviewer, own unit\'s item (edit or publish)', reviewer, { ...shared, unitId: ECOLOGY }, { ok: false, reason: 'not-officer' }],
    ['no duty at all', nobody, { ...shared, unitId: null }, { ok: false, reason: 'not-officer' }],
    ['site administrator, anywhere', siteAdmin, { columnId: 11, ownerUnitIds: [FINANCE], unitId: FINANCE }, { ok: true }],
  ])('write: %s', (_name, standing, place, expected) => {
    expect(mayWriteItem(standing, place)).toEqual(expected);
  });

  it('a new item\'s unit is the officer\'s unit owning the column, and no other may be chosen', () => {
    const twoUnits: Standing = { ...officer, officerUnitIds: [COUNTY, ECOLOGY], unitIds: [COUNTY, ECOLOGY] };
    expect(defaultUnitOf(twoUnits, [FINANCE, ECOLOGY])).toBe(ECOLOGY);
    expect(defaultUnitOf(twoUnits, [FINANCE])).toBe(COUNTY);
    expect(defaultUnitOf(siteAdmin, [FINANCE])).toBeNull();
    expect(mayChooseUnit(officer, ECOLOGY)).toEqual({ ok: true });
    expect(mayChooseUnit(officer, FINANCE)).toEqual({ ok: false, reason: 'unit-not-yours', unitId: FINANCE });
    expect(mayChooseUnit(siteAdmin, FINANCE)).toEqual({ ok: true });
  });

  it('a review is seen by the people of its reviewing unit only', () => {
    expect(mayViewReview(reviewer, ECOLOGY, [])).toBe(true);
    expect(mayViewReview(reviewer, FINANCE, [ECOLOGY])).toBe(false);
    expect(mayViewReview(reviewer, null, [ECOLOGY, COUNTY])).toBe(true);
    expect(mayViewReview(nobody, null, [ECOLOGY])).toBe(false);
    expect(mayViewReview(siteAdmin, FINANCE, [])).toBe(true);
  });
});
