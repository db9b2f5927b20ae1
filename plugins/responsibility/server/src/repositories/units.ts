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
  documentId: string;
  name: string;
  kind: UnitKind;
}

/** Units (保障单位) and unit groups (单位组): the only place that reads or writes them. */
const unitsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async count(): Promise<number> {
    return strapi.documents(UNIT).count({});
  },

  async findAll(): Promise<UnitRecord[]> {
    const units = await strapi.documents(UNIT).findMany({ fields: ['name', 'kind'], limit: -1 } as never);
    return (units as unknown as UnitRecord[]).map(({ documentId, name, kind }) => ({ documentId, name, kind }));
  },

  async create(unit: NewUnit): Promise<UnitRecord> {
    const created = (await strapi.documents(UNIT).create({ data: unit as never })) as unknown as UnitRecord;
    return { documentId: created.documentId, name: created.name, kind: created.kind };
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
