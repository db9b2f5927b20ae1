import type { Core } from '@strapi/strapi';

import type { UnitKind } from '../domain/owner-cell';

const UNIT = 'api::unit.unit';
const GROUP = 'api::unit-group.unit-group';

export interface ContactPerson {
  name: string;
  title?: string;
  mobile?: string;
  email?: string;
}

export interface NewUnit {
  name: string;
  kind: UnitKind;
  leader?: ContactPerson;
  officers?: ContactPerson[];
  alertEmail?: string;
}

export interface NewUnitGroup {
  name: string;
  memberKinds: UnitKind[];
  aliases: string[];
  description?: string;
  memberDocumentIds: string[];
}

export interface UnitRecord {
  id: number;
  documentId: string;
  name: string;
  kind: UnitKind;
}

export interface UnitWithContacts extends UnitRecord {
  leader: ContactPerson | null;
  officers: ContactPerson[];
  alertEmail: string | null;
}

export interface UnitGroupRecord {
  id: number;
  documentId: string;
  name: string;
  memberKinds: UnitKind[];
  aliases: string[];
  memberIds: number[];
}

interface GroupRow {
  id: number;
  documentId: string;
  name: string;
  memberKinds: UnitKind[] | null;
  aliases: string[] | null;
  members: { id: number }[];
}

/** Units (保障单位) and unit groups (单位组): the only place in this plugin that reads or writes them. */
const unitsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async count(): Promise<number> {
    return strapi.db.query(UNIT).count();
  },

  async findAll(): Promise<UnitRecord[]> {
    return strapi.db.query(UNIT).findMany({ select: ['id', 'documentId', 'name', 'kind'], orderBy: { id: 'asc' } });
  },

  async findWithContacts(ids: number[]): Promise<UnitWithContacts[]> {
    if (ids.length === 0) return [];
    const rows: (UnitRecord & { leader: ContactPerson | null; officers: ContactPerson[] | null; alertEmail: string | null })[] =
      await strapi.db.query(UNIT).findMany({
        where: { id: { $in: ids } },
        select: ['id', 'documentId', 'name', 'kind', 'alertEmail'],
        populate: { leader: true, officers: true },
        orderBy: { id: 'asc' },
      });
    const plain = ({ name, title, mobile, email }: ContactPerson) => ({ name, title, mobile, email });
    return rows.map((row) => ({
      id: row.id,
      documentId: row.documentId,
      name: row.name,
      kind: row.kind,
      alertEmail: row.alertEmail ?? null,
      leader: row.leader ? plain(row.leader) : null,
      officers: (row.officers ?? []).map(plain),
    }));
  },

  /** Units that still hold contact records of their own (from before the register): to be filed in it. */
  async findWithContactRecords(): Promise<UnitWithContacts[]> {
    const rows: { id: number; leader: unknown; officers: unknown[] | null }[] = await strapi.db.query(UNIT).findMany({
      select: ['id'],
      populate: { leader: true, officers: true },
      orderBy: { id: 'asc' },
    });
    const ids = rows.filter((row) => row.leader || (row.officers ?? []).length > 0).map((row) => row.id);
    return this.findWithContacts(ids);
  },

  /** Drop a unit's own contact records once they are filed in the register (the alert address stays: it is the unit's, not a person's). */
  async clearContactRecords(documentId: string): Promise<void> {
    await strapi.documents(UNIT).update({ documentId, data: { leader: null, officers: [] } as never });
  },

  async findAllGroups(): Promise<UnitGroupRecord[]> {
    const rows: GroupRow[] = await strapi.db.query(GROUP).findMany({
      select: ['id', 'documentId', 'name', 'memberKinds', 'aliases'],
      populate: { members: { select: ['id'] } },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => ({
      id: row.id,
      documentId: row.documentId,
      name: row.name,
      memberKinds: row.memberKinds ?? [],
      aliases: row.aliases ?? [],
      memberIds: row.members.map((member) => member.id),
    }));
  },

  async create(unit: NewUnit): Promise<UnitRecord> {
    const created = (await strapi.documents(UNIT).create({ data: unit as never })) as unknown as UnitRecord;
    return { id: created.id, documentId: created.documentId, name: created.name, kind: created.kind };
  },

  async createGroup(group: NewUnitGroup): Promise<{ documentId: string; name: string }> {
    const { memberDocumentIds, ...fields } = group;
    const created = await strapi.documents(GROUP).create({
      data: { ...fields, members: memberDocumentIds } as never,
    });
    return { documentId: created.documentId, name: group.name };
  },
});

export default unitsRepository;
export type UnitsRepository = ReturnType<typeof unitsRepository>;
