import type * as React from 'react';

import { Badge, Box, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';

import { useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import { UNIT_DUTIES, type ColumnDuty, type ContactPerson } from '../../types';
import { pathText, useT } from '../../utils/i18n';
import { DueBadge, DueDate } from '../DueBadge';
import { LoadError } from '../LoadError';

const personText = (person: ContactPerson) => [person.name, person.title, person.mobile, person.email].filter(Boolean).join(' · ');

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex gap={2} alignItems="flex-start">
    <Box minWidth="9rem">
      <Typography variant="pi" fontWeight="bold" textColor="neutral600">
        {label}
      </Typography>
    </Box>
    <Box>{children}</Box>
  </Flex>
);

const DutyDetails = ({ duty }: { duty: ColumnDuty }) => {
  const t = useT();
  const pick = useBilingual();
  const { dateTime } = useDateFormatters();
  const { column } = duty;
  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Line label={t('column-duty.status')}>
          <Flex gap={3}>
            <DueBadge status={column.dueStatus} />
            <DueDate iso={column.nextDueAt} status={column.dueStatus} blankSince={column.blankSince} />
          </Flex>
        </Line>
        <Line label={t('column-duty.category')}>
          <Typography>{pick(column.categoryLabel)}</Typography>
        </Line>
        <Line label={t('column-duty.rule')}>
          <Typography>
            {column.dueRule
              ? t(column.dueRule.source === 'own' ? 'column-duty.rule.own' : 'column-duty.rule.category', { label: pick(column.dueRule.label) })
              : t('due.no-deadline')}
          </Typography>
        </Line>
        <Line label={t('column-duty.last-published')}>
          <Typography>{column.lastPublishedAt ? dateTime(column.lastPublishedAt) : t('column-duty.never-published')}</Typography>
        </Line>
        {column.inheritedFrom ? (
          <Line label={t('column-duty.inherited')}>
            <Typography>{pathText(column.inheritedFrom.path)}</Typography>
          </Line>
        ) : null}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3">
          {t('column-duty.units')}
        </Typography>
        {duty.units.length === 0 ? <Typography textColor="warning700">{t('table.unassigned')}</Typography> : null}
        {duty.units.map((unit) => (
          <Box key={unit.id} background="neutral100" hasRadius padding={4}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography fontWeight="bold">{unit.name}</Typography>
              {UNIT_DUTIES.filter((d) => unit.people.some((p) => p.duty === d)).map((dutyKey) => (
                <Line key={dutyKey} label={t(`duty.${dutyKey}`)}>
                  <Flex direction="column" alignItems="flex-start">
                    {unit.people
                      .filter((p) => p.duty === dutyKey)
                      .map((p) => (
                        <Flex key={p.id} gap={2}>
                          <Typography>{personText({ name: p.name, title: p.title ?? undefined, mobile: p.mobile ?? undefined, email: p.email ?? undefined })}</Typography>
                          <Badge variant={p.account ? 'success' : 'neutral'}>{t(p.account ? 'register.has-account' : 'register.no-account')}</Badge>
                        </Flex>
                      ))}
                  </Flex>
                </Line>
              ))}
              {unit.people.length === 0 ? <Typography textColor="warning700">{t('register.empty')}</Typography> : null}
              {unit.alertEmail ? (
                <Line label={t('column-duty.alert-email')}>
                  <Typography>{unit.alertEmail}</Typography>
                </Line>
              ) : null}
            </Flex>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};

/** Who answers for a column: its units with their people from the unit register (附件3 备案表), and when it is next due. */
export const ColumnDutyModal = ({ columnId, onClose }: { columnId: number; onClose: () => void }) => {
  const t = useT();
  const api = useApi();
  const duty = useLoader((signal) => api.columnDuty(columnId, signal), [api, columnId]);
  return (
    <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={t('action.close')}>
          <Modal.Title>{duty.data ? pathText(duty.data.column.path) : t('column-duty.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {duty.error ? <LoadError message={duty.error} onRetry={duty.reload} /> : null}
          {duty.data ? <DutyDetails duty={duty.data} /> : duty.isLoading ? <Loader small>{t('state.loading')}</Loader> : null}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
