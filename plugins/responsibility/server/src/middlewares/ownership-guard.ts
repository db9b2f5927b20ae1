import type { Core, Modules } from '@strapi/strapi';

import { defaultUnitOf, mayChooseUnit, mayWriteItem, worksEverywhere, type ItemPlace } from '../domain/access';
import { relationTarget, type RelationTarget } from '@content-assurance/kit/server';
import { actorOfRequest } from '../principal';
import type { OwnershipService } from '../services/ownership';

/**
 * 谁主管谁负责, enforced in the Document Service so that no route goes around it: the content-manager
 * (edit, clone, publish, bulk actions), REST, GraphQL and any plugin's code acting for a request.
 * Every write of an article, an interpretation or a reply passes the item rules of domain/access: the
 * writer is an information officer of the item's unit, in a column his unit owns (site administrators
 * everywhere); a new item's unit — or a stored item's missing one — defaults to the writer's and cannot be another unit. Content-API
 * callers are refused (principal.ts); code outside a request (the demo seed, jobs) is the system.
 */

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** Actions that write into a place given by the data (a new item, a moved one, a copy). */
const PLACING_ACTIONS = new Set(['create', 'update', 'clone']);

type Db = Core.Strapi['db'];
/** Where a type's place comes from: the relation that leads to the column, and the unit field. */
interface ItemType {
  relation: string;
  unitField: string;
  /** The column (and, for replies, the unit an inquiry is assigned to) behind the relation's target. */
  resolve: (db: Db, target: RelationTarget) => Promise<{ columnId: number | null; assignedUnitId: number | null }>;
}

const where = (target: RelationTarget) => ('id' in target ? { id: target.id } : { documentId: target.documentId });

const ITEM_TYPES: Record<string, ItemType> = {
  'api::article.article': {
    relation: 'column',
    unitField: 'submittingUnit',
    resolve: async (db, target) => {
      const column = await db.query('api::column.column').findOne({ where: where(target), select: ['id'] });
      return { columnId: column?.id ?? null, assignedUnitId: null };
    },
  },
  'api::interpretation.interpretation': {
    relation: 'policyArticle',
    unitField: 'draftingUnit',
    resolve: async (db, target) => {
      const article = await db.query('api::article.article').findOne({ where: where(target), populate: { column: { select: ['id'] } } });
      return { columnId: article?.column?.id ?? null, assignedUnitId: null };
    },
  },
  'api::reply.reply': {
    relation: 'inquiry',
    unitField: 'replyingUnit',
    resolve: async (db, target) => {
      const inquiry = await db
        .query('api::inquiry.inquiry')
        .findOne({ where: where(target), populate: { column: { select: ['id'] }, assignedUnit: { select: ['id'] } } });
      return { columnId: inquiry?.column?.id ?? null, assignedUnitId: inquiry?.assignedUnit?.id ?? null };
    },
  },
};

/** The stored item's relation target and unit (any version of the document). */
const storedItem = async (db: Db, uid: string, type: ItemType, documentId: string): Promise<{ target: RelationTarget | null; unitId: number | null } | null> => {
  const row = await db.query(uid as never).findOne({
    where: { documentId },
    populate: { [type.relation]: { select: ['id'] }, [type.unitField]: { select: ['id'] } },
  });
  if (!row) return null;
  const related = row[type.relation] as { id: number } | null | undefined;
  const unit = row[type.unitField] as { id: number } | null | undefined;
  return { target: related ? { id: related.id } : null, unitId: unit?.id ?? null };
};

const unitIdOf = async (db: Db, target: RelationTarget): Promise<number | null> => {
  if ('id' in target) return target.id;
  const unit = await db.query('api::unit.unit').findOne({ where: { documentId: target.documentId }, select: ['id'] });
  return unit?.id ?? null;
};

export const ownershipGuard =
  (strapi: Core.Strapi, service: () => OwnershipService): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const type = ITEM_TYPES[context.uid];
    if (!type || !WRITE_ACTIONS.has(context.action)) return next();
    const actor = actorOfRequest(strapi);
    if (!actor) return next();

    const ownership = service();
    const standing = await ownership.standingOf(actor);
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const placeOf = async (target: RelationTarget | null, unitId: number | null): Promise<ItemPlace> => {
      const resolved = target ? await type.resolve(strapi.db, target) : { columnId: null, assignedUnitId: null };
      const ownerUnitIds = resolved.assignedUnitId !== null ? [resolved.assignedUnitId] : await ownership.ownersOf(resolved.columnId);
      return { columnId: resolved.columnId, ownerUnitIds, unitId };
    };

    const stored = params.documentId ? await storedItem(strapi.db, context.uid, type, params.documentId) : null;
    if (stored) await ownership.assertAllowed(mayWriteItem(standing, await placeOf(stored.target, stored.unitId)), standing);
    if (!PLACING_ACTIONS.has(context.action)) return next();

    const data = params.data ?? {};
    const writtenTarget = relationTarget(data[type.relation]);
    const writtenUnit = relationTarget(data[type.unitField]);
    // An item saved without its unit (before it defaulted, or by an administrator) gets the writer's unit at its next save.
    const unitLess = stored !== null && stored.unitId === null && writtenUnit === undefined && !worksEverywhere(standing);
    if (writtenTarget === undefined && writtenUnit === undefined && context.action !== 'create' && !unitLess) return next();

    const target = writtenTarget === undefined ? stored?.target ?? null : writtenTarget;
    let unitId = writtenUnit === undefined ? stored?.unitId ?? null : writtenUnit === null ? null : await unitIdOf(strapi.db, writtenUnit);
    if (unitId !== null) await ownership.assertAllowed(mayChooseUnit(standing, unitId), standing);
    const place = await placeOf(target, unitId);
    if (unitId === null && !worksEverywhere(standing)) {
      // A new (or cleared) unit is the writer's own: 报送单位 defaults to it and cannot be left empty.
      unitId = defaultUnitOf(standing, place.ownerUnitIds);
      if (unitId !== null) params.data = { ...data, [type.unitField]: { set: [{ id: unitId }] } };
    }
    await ownership.assertAllowed(mayWriteItem(standing, { ...place, unitId }), standing);
    return next();
  };

