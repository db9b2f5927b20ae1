/**
 * Who may do what with an item (稿件, 政策解读, 回复): the one rule every path asks — the Document
 * Service guard (content-manager, REST, GraphQL, code in a request), the review's publish check and
 * its views. Pure: the caller supplies the person's standing and the item's place.
 *
 * - Only persons logged in to the admin act on items; a content-API caller (the public, a
 *   users-permissions account, an API token) reads published versions and posts inquiries, nothing else.
 * - Super admins and site administrators (网站管理员) work everywhere.
 * - An information officer (信息员) writes the items his unit submits, in the columns his unit owns
 *   (谁主管谁负责); another unit's item in a shared column is read-only to him.
 * - Reviewers (审核人) decide; they never write and never publish.
 * - The item's unit — its officers — and site administrators publish (the approval sheet's 发布人):
 *   publishing is a write.
 * - Review views, history and approval sheets are for the people of the reviewing unit.
 */

/** What a person holds, as far as items are concerned. */
export interface Standing {
  isSuperAdmin: boolean;
  siteAdministrator: boolean;
  /** Units in which the person is an information officer. */
  officerUnitIds: readonly number[];
  /** Units in which the person holds any duty (officer or reviewer). */
  unitIds: readonly number[];
}

/** Where an item stands: its column's owning units and the unit that submits it (null: not set). */
export interface ItemPlace {
  columnId: number | null;
  /** The units answering for the column (or, for a reply, the unit the inquiry is assigned to). */
  ownerUnitIds: readonly number[];
  /** 报送单位 / 起草单位 / 答复单位. */
  unitId: number | null;
}

export type Refusal =
  /** Holds no officer duty: reviewers and people without duties write nothing. */
  | { reason: 'not-officer' }
  /** The column (or the inquiry a reply answers) belongs to none of the officer's units. */
  | { reason: 'column-not-owned'; columnId: number | null; ownerUnitIds: readonly number[] }
  /** The item is another unit's (in a shared column). */
  | { reason: 'other-unit-item'; unitId: number }
  /** A submitting unit set to a unit the person is no officer of. */
  | { reason: 'unit-not-yours'; unitId: number };

export type Verdict = { ok: true } | ({ ok: false } & Refusal);

const OK: Verdict = { ok: true };

export const worksEverywhere = (standing: Standing): boolean => standing.isSuperAdmin || standing.siteAdministrator;

/**
 * May the person write an item at this place — create, edit, delete, clone, discard, publish or unpublish
 * it? Publishing is a write: the item's unit (its officers) and site administrators publish.
 */
export const mayWriteItem = (standing: Standing, place: ItemPlace): Verdict => {
  if (worksEverywhere(standing)) return OK;
  const officerUnits = standing.officerUnitIds;
  if (officerUnits.length === 0) return { ok: false, reason: 'not-officer' };
  if (place.unitId !== null && !officerUnits.includes(place.unitId)) return { ok: false, reason: 'other-unit-item', unitId: place.unitId };
  const placed = place.columnId !== null || place.ownerUnitIds.length > 0;
  if (placed && !place.ownerUnitIds.some((id) => officerUnits.includes(id))) {
    return { ok: false, reason: 'column-not-owned', columnId: place.columnId, ownerUnitIds: place.ownerUnitIds };
  }
  return OK;
};

/**
 * The unit a new item is submitted by when the writer names none: his officer unit that owns the
 * column (the first, if several), else his first officer unit; null for people who work everywhere.
 */
export const defaultUnitOf = (standing: Standing, ownerUnitIds: readonly number[]): number | null =>
  standing.officerUnitIds.find((id) => ownerUnitIds.includes(id)) ?? standing.officerUnitIds[0] ?? null;

/** May the person set this unit as an item's submitting unit? Only one of his own officer units. */
export const mayChooseUnit = (standing: Standing, unitId: number): Verdict =>
  worksEverywhere(standing) || standing.officerUnitIds.includes(unitId) ? OK : { ok: false, reason: 'unit-not-yours', unitId };

/** May the person see an item's review (its panel, history, approval sheet)? The people of its reviewing unit. */
export const mayViewReview = (standing: Standing, reviewingUnitId: number | null, ownerUnitIds: readonly number[]): boolean => {
  if (worksEverywhere(standing)) return true;
  if (reviewingUnitId !== null) return standing.unitIds.includes(reviewingUnitId);
  return ownerUnitIds.some((id) => standing.unitIds.includes(id));
};
