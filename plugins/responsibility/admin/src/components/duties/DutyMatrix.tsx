import { Box, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Cross, Plus } from '@strapi/icons';

import { UNIT_DUTIES, type Duty, type DutyRecord, type NamedRef } from '../../types';
import { useT } from '../../utils/i18n';
import { HeadText, WrapText } from '../Cells';

export interface DutyActions {
  canManage: boolean;
  onRevoke: (record: DutyRecord) => void;
  onAssign: (duty: Duty, unitId: number | null) => void;
}

/** Duties every unit must fill (附件3): shown in orange when nobody holds them. */
const REQUIRED: readonly Duty[] = ['information-officer', 'principal-leader'];

/** An account's email, allowed to wrap before the @ when the 备案表 is narrow. */
const Email = ({ address }: { address: string }) => {
  const at = address.indexOf('@');
  return (
    <WrapText $min="0" $max="20rem" variant="pi" textColor="neutral600">
      {at > 0 ? (
        <>
          {address.slice(0, at)}
          <wbr />
          {address.slice(at)}
        </>
      ) : (
        address
      )}
    </WrapText>
  );
};

/** The people of the register holding one duty in one unit (or the site): name, title, contacts, whether they have an account; each with a revoke button. */
export const Holders = ({ records, duty, unitId, canManage, onRevoke, onAssign }: { records: DutyRecord[]; duty: Duty; unitId: number | null } & DutyActions) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      {records.map((record) => (
        <Flex key={record.id} direction="column" alignItems="flex-start">
          <Flex gap={1}>
            <Typography fontWeight="semiBold">{record.person?.name ?? record.user?.name ?? t('duties.user-missing')}</Typography>
            {record.person?.title ? (
              <Typography variant="pi" textColor="neutral600">
                {record.person.title}
              </Typography>
            ) : null}
            {canManage ? (
              <IconButton
                size="XS"
                variant="ghost"
                label={t('duties.revoke.label', { name: record.person?.name ?? record.user?.name ?? '', duty: t(`duty.${record.duty}`) })}
                onClick={() => onRevoke(record)}
              >
                <Cross />
              </IconButton>
            ) : null}
          </Flex>
          {record.person?.email ?? record.user?.email ? <Email address={(record.person?.email ?? record.user?.email)!} /> : null}
          {record.person?.mobile ? (
            <Typography variant="pi" textColor="neutral600">
              {record.person.mobile}
            </Typography>
          ) : null}
          {record.user ? null : (
            <Typography variant="pi" textColor="neutral500">
              {t('duties.no-account')}
            </Typography>
          )}
          {record.note ? (
            <WrapText $min="8rem" $max="16rem" variant="pi" textColor="neutral500">
              {record.note}
            </WrapText>
          ) : null}
        </Flex>
      ))}
      {records.length === 0 ? (
        <Typography variant="pi" textColor={REQUIRED.includes(duty) ? 'warning600' : 'neutral500'}>
          {t('duties.vacant')}
        </Typography>
      ) : null}
      {canManage ? (
        <IconButton size="XS" variant="tertiary" label={t('duties.assign.here', { duty: t(`duty.${duty}`) })} onClick={() => onAssign(duty, unitId)}>
          <Plus />
        </IconButton>
      ) : null}
    </Flex>
  );
};

export interface DutyMatrixProps extends DutyActions {
  units: NamedRef[];
  records: DutyRecord[];
  duties: readonly Duty[];
}

/** 附件3 备案表: a row per unit, a column per duty. */
export const DutyMatrix = ({ units, records, duties, ...actions }: DutyMatrixProps) => {
  const t = useT();
  const shown = duties.filter((d) => (UNIT_DUTIES as readonly Duty[]).includes(d));
  return (
    <Table colCount={shown.length + 1} rowCount={units.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('duties.col.unit')}</HeadText>
          </Th>
          {shown.map((duty) => (
            <Th key={duty}>
              <HeadText>{t(`duty.${duty}`)}</HeadText>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {units.map((unit) => (
          <Tr key={unit.id}>
            <Td>
              <Box paddingLeft={3} paddingTop={3} paddingBottom={3}>
                <WrapText $min="9rem" $max="14rem" fontWeight="bold">
                  {unit.name}
                </WrapText>
              </Box>
            </Td>
            {shown.map((duty) => (
              <Td key={duty} style={{ verticalAlign: 'top' }}>
                <Box paddingTop={3} paddingBottom={3}>
                  <Holders records={records.filter((r) => r.duty === duty && r.unit?.id === unit.id)} duty={duty} unitId={unit.id} {...actions} />
                </Box>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
