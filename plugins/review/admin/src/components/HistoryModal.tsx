import * as React from 'react';

import { Box, Button, Flex, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import type { AuditEntry, LevelSnapshot, SubjectUid } from '../types';
import { useT, type MessageKey, type Translate } from '../utils/i18n';
import { LoadError } from './LoadError';
import { Loading } from './Loading';

export interface HistoryModalProps {
  uid: SubjectUid;
  documentId: string;
  title?: string | null;
  /** The levels of the item, to name the levels the audit entries refer to by key. */
  levels?: LevelSnapshot[];
  onClose: () => void;
}

const ACTION_KEYS: Record<string, MessageKey> = {
  submit: 'audit.action.submit',
  withdraw: 'audit.action.withdraw',
  approve: 'audit.action.approve',
  reject: 'audit.action.reject',
  'review-restart': 'audit.action.review-restart',
  'new-version': 'audit.action.new-version',
  publish: 'audit.action.publish',
  'urgent-publish': 'audit.action.urgent-publish',
  'urgent-cleared': 'audit.action.urgent-cleared',
  unpublish: 'audit.action.unpublish',
  discard: 'audit.action.discard',
  import: 'audit.action.import',
};

const HOW_KEYS: Record<string, MessageKey> = {
  'review-completed': 'audit.how.review-completed',
  'reviewed-version-published': 'audit.how.reviewed-version-published',
  'rejected-and-unpublished': 'audit.how.rejected-and-unpublished',
  unpublished: 'audit.how.unpublished',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** A line of explanation for an audit entry, from its data. */
const detailsOf = (entry: AuditEntry, t: Translate, levelName: (key: string) => string): string => {
  const data = entry.data ?? {};
  const parts: string[] = [];
  if (typeof data.round === 'number') parts.push(t('history.round', { round: data.round }));
  const levelKey = text(data.levelKey);
  if (levelKey) parts.push(levelName(levelKey));
  if (typeof data.fromRound === 'number') parts.push(t('audit.detail.from-round', { round: data.fromRound }));
  const how = text(data.how);
  if (how) parts.push(HOW_KEYS[how] ? t(HOW_KEYS[how]) : how);
  if (data.urgent === true) parts.push(t('audit.detail.urgent'));
  const opinion = text(data.opinion);
  if (opinion) parts.push(t('audit.detail.opinion', { opinion }));
  const reason = text(data.reason);
  if (reason) parts.push(t('audit.detail.reason', { reason }));
  return parts.join('；');
};

/** 审核记录: every decision with its opinion, and the audit trail of the item. */
export const HistoryModal = ({ uid, documentId, title, levels = [], onClose }: HistoryModalProps) => {
  const t = useT();
  const api = useApi();
  const bilingual = useBilingual();
  const { dateTime } = useDateFormatters();
  const history = useLoader((signal) => api.history(uid, documentId, signal), [api, uid, documentId]);
  const levelName = React.useCallback(
    (key: string) => {
      const level = levels.find((l) => l.key === key);
      return level ? bilingual(level.name) : key;
    },
    [levels, bilingual],
  );

  const decisions = history.data?.decisions ?? [];
  const audit = history.data?.audit ?? [];

  return (
    <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content style={{ width: 'min(104rem, 96vw)', maxWidth: '96vw' }}>
        <Modal.Header closeLabel={t('action.close')}>
          <Modal.Title>{title ? t('history.title.of', { title }) : t('history.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {history.error ? <LoadError message={history.error} onRetry={history.reload} /> : null}
          {history.data === undefined && history.isLoading ? (
            <Loading />
          ) : null}
          {history.data ? (
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Typography variant="delta" tag="h3">
                  {t('history.decisions')}
                </Typography>
                {decisions.length === 0 ? (
                  <Typography textColor="neutral600">{t('history.decisions.empty')}</Typography>
                ) : (
                  <Table colCount={6} rowCount={decisions.length + 1}>
                    <Thead>
                      <Tr>
                        <Th>
                          <Typography variant="sigma">{t('history.col.round')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.level')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.decision')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.opinion')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.actor')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.at')}</Typography>
                        </Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {decisions.map((d, i) => (
                        <Tr key={d.id ?? i}>
                          <Td>
                            <Typography>{t('history.round', { round: d.round })}</Typography>
                          </Td>
                          <Td>
                            <Typography>{levels.some((l) => l.key === d.levelKey) ? levelName(d.levelKey) : (d.levelName ?? d.levelKey)}</Typography>
                          </Td>
                          <Td>
                            <Typography fontWeight="bold" textColor={d.decision === 'approve' ? 'success600' : 'danger600'}>
                              {t(d.decision === 'approve' ? 'decision.approve' : 'decision.reject')}
                            </Typography>
                          </Td>
                          <Td style={{ whiteSpace: 'normal', maxWidth: '32rem' }}>
                            <Typography style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{d.opinion ?? '—'}</Typography>
                          </Td>
                          <Td>
                            <Typography>{d.actorName ?? `#${d.actorId}`}</Typography>
                          </Td>
                          <Td>
                            <Typography>{dateTime(d.at)}</Typography>
                          </Td>
                        </Tr>
                      ))}
                    </Tbody>
                  </Table>
                )}
              </Flex>
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Typography variant="delta" tag="h3">
                  {t('history.audit')}
                </Typography>
                {audit.length === 0 ? (
                  <Typography textColor="neutral600">{t('history.audit.empty')}</Typography>
                ) : (
                  <Table colCount={5} rowCount={audit.length + 1}>
                    <Thead>
                      <Tr>
                        <Th>
                          <Typography variant="sigma">{t('history.col.seq')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.at')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.actor')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.action')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('history.col.details')}</Typography>
                        </Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {audit.map((entry) => (
                        <Tr key={entry.seq}>
                          <Td>
                            <Typography textColor="neutral600">{entry.seq}</Typography>
                          </Td>
                          <Td>
                            <Typography>{dateTime(entry.at)}</Typography>
                          </Td>
                          <Td>
                            <Typography>{entry.actor?.name ?? t('history.system')}</Typography>
                          </Td>
                          <Td>
                            <Typography fontWeight="semiBold">{ACTION_KEYS[entry.action] ? t(ACTION_KEYS[entry.action]) : entry.action}</Typography>
                          </Td>
                          <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}>
                            <Typography style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{detailsOf(entry, t, levelName) || '—'}</Typography>
                          </Td>
                        </Tr>
                      ))}
                    </Tbody>
                  </Table>
                )}
              </Flex>
            </Flex>
          ) : null}
        </Modal.Body>
        <Modal.Footer>
          <Box />
          <Modal.Close>
            <Button variant="tertiary">{t('action.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
