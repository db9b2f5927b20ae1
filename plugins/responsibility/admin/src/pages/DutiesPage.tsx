import * as React from 'react';

import { Box, Button, Checkbox, Combobox, ComboboxOption, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { ConfirmAction, errorMessage, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { Loading } from '../components/Loading';
import { AssignDutyModal } from '../components/duties/AssignDutyModal';
import { DutyChangeLog } from '../components/duties/DutyChangeLog';
import { DutyMatrix, Holders } from '../components/duties/DutyMatrix';
import { LoadError } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { usePermissions } from '../hooks/usePermissions';
import { DUTIES, UNIT_DUTIES, type Duty, type DutyRecord } from '../types';
import { useT } from '../utils/i18n';

/** 单位职责 (附件3 备案表): who holds which duty in which unit, assigning and revoking, and the change log. */
export const DutiesPage = () => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const { canManageDuties } = usePermissions();
  const [unitFilter, setUnitFilter] = React.useState<number | undefined>();
  const [dutyFilter, setDutyFilter] = React.useState<Duty | undefined>();
  const [allUnits, setAllUnits] = React.useState(false);
  const [assigning, setAssigning] = React.useState<{ duty?: Duty; unitId?: number | null } | null>(null);
  const [revoking, setRevoking] = React.useState<DutyRecord | null>(null);
  const [version, setVersion] = React.useState(0);

  const owners = useLoader((signal) => api.owners(signal), [api]);
  const duties = useLoader((signal) => api.duties({ unit: unitFilter, duty: dutyFilter }, signal), [api, unitFilter, dutyFilter, version]);
  const records = duties.data ?? [];
  const units = owners.data?.units ?? [];

  const shownUnits = React.useMemo(() => {
    if (unitFilter) return units.filter((u) => u.id === unitFilter);
    if (allUnits) return units;
    const withDuty = new Set(records.flatMap((r) => (r.unit ? [r.unit.id] : [])));
    return units.filter((u) => withDuty.has(u.id));
  }, [units, records, unitFilter, allUnits]);

  const showSite = !unitFilter && (!dutyFilter || dutyFilter === 'site-administrator');
  const showMatrix = dutyFilter !== 'site-administrator';
  const matrixDuties = dutyFilter ? [dutyFilter] : UNIT_DUTIES;
  const changed = () => setVersion((v) => v + 1);

  const revoke = async (record: DutyRecord) => {
    try {
      await api.revokeDuty(record.id);
      toggleNotification({ type: 'success', message: t('duties.revoked') });
      changed();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) ?? t('error.unknown') });
    } finally {
      setRevoking(null);
    }
  };

  const actions = {
    canManage: canManageDuties,
    onRevoke: setRevoking,
    onAssign: (duty: Duty, unitId: number | null) => setAssigning({ duty, unitId }),
  };

  return (
    <PluginPage
      page="duties"
      title={t('duties.title')}
      subtitle={t('duties.subtitle')}
      busy={duties.isLoading}
      primaryAction={
        canManageDuties ? (
          <Button startIcon={<Plus />} onClick={() => setAssigning({})}>
            {t('duties.assign')}
          </Button>
        ) : undefined
      }
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Flex gap={3} wrap="wrap" alignItems="flex-end">
          <Box width="20rem">
            <Field.Root>
              <Field.Label>{t('filter.unit')}</Field.Label>
              <Combobox
                value={unitFilter ? String(unitFilter) : ''}
                placeholder={t('filter.unit.placeholder')}
                onChange={(value) => setUnitFilter(value ? Number(value) : undefined)}
                onClear={() => setUnitFilter(undefined)}
                clearLabel={t('filter.clear-one')}
                noOptionsMessage={() => t('filter.no-match')}
              >
                {units.map((unit) => (
                  <ComboboxOption key={unit.id} value={String(unit.id)}>
                    {unit.name}
                  </ComboboxOption>
                ))}
              </Combobox>
            </Field.Root>
          </Box>
          <Box width="18rem">
            <Field.Root>
              <Field.Label>{t('duties.filter.duty')}</Field.Label>
              <SingleSelect
                value={dutyFilter ?? ''}
                placeholder={t('filter.all')}
                onChange={(value) => setDutyFilter(DUTIES.find((d) => d === value))}
                onClear={dutyFilter ? () => setDutyFilter(undefined) : undefined}
                clearLabel={t('filter.clear-one')}
              >
                {DUTIES.map((duty) => (
                  <SingleSelectOption key={duty} value={duty}>
                    {t(`duty.${duty}`)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box paddingBottom={3}>
            <Checkbox checked={allUnits} onCheckedChange={(checked) => setAllUnits(checked === true)} disabled={Boolean(unitFilter)}>
              {t('duties.all-units')}
            </Checkbox>
          </Box>
        </Flex>
        {duties.error ? <LoadError message={duties.error} onRetry={duties.reload} /> : null}
        {owners.error ? <LoadError message={owners.error} onRetry={owners.reload} /> : null}
        {duties.data === undefined && duties.isLoading ? (
          <Loading />
        ) : null}
        {duties.data && showSite ? (
          <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2">
                {t('duties.site.title')}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {t('duties.site.help')}
              </Typography>
              <Holders records={records.filter((r) => r.duty === 'site-administrator')} duty="site-administrator" unitId={null} {...actions} />
            </Flex>
          </Box>
        ) : null}
        {duties.data && showMatrix ? (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography variant="delta" tag="h2">
              {t('duties.units.title')}
            </Typography>
            {shownUnits.length === 0 ? (
              <Typography textColor="neutral600">{t('duties.empty')}</Typography>
            ) : (
              <DutyMatrix units={shownUnits} records={records} duties={matrixDuties} {...actions} />
            )}
          </Flex>
        ) : null}
        <DutyChangeLog version={version} />
      </Flex>
      {assigning ? (
        <AssignDutyModal
          units={units}
          initial={assigning}
          onClose={() => setAssigning(null)}
          onAssigned={() => {
            setAssigning(null);
            changed();
          }}
        />
      ) : null}
      <ConfirmAction
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('duties.revoke.title')}
        body={
          revoking
            ? t('duties.revoke.body', {
                name: revoking.person?.name ?? revoking.user?.name ?? '',
                email: revoking.person?.email ?? revoking.user?.email ?? '',
                unit: revoking.unit?.name ?? t('duties.site'),
                duty: t(`duty.${revoking.duty}`),
              })
            : ''
        }
        confirmLabel={t('duties.revoke')}
        onConfirm={() => (revoking ? revoke(revoking) : undefined)}
      />
    </PluginPage>
  );
};
