import * as React from 'react';

import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { File as FileIcon, Upload } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { useApi } from '../../api';
import type { ImportOutcome } from '../../types';
import { useT } from '../../utils/i18n';
import { ImportReportView } from './ImportReportView';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 5 * 1024 * 1024;

type Phase = 'choose' | 'checking' | 'checked' | 'committing' | 'done';

export interface ImportDialogProps {
  onClose: () => void;
  /** After a commit: the table changed. */
  onImported: () => void;
}

/** Choose a CSV/XLSX file → dry run → the report → 确认导入 (only when the file has no problem) → the result. */
export const ImportDialog = ({ onClose, onImported }: ImportDialogProps) => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const input = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [phase, setPhase] = React.useState<Phase>('choose');
  const [outcome, setOutcome] = React.useState<ImportOutcome | null>(null);

  const choose = (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      toggleNotification({ type: 'danger', message: t('import.too-large') });
      return;
    }
    setFile(chosen);
    setOutcome(null);
    setPhase('choose');
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase(dryRun ? 'checking' : 'committing');
    const result = await api.importTable(file, dryRun);
    setOutcome(result);
    if (!dryRun && result.report?.ok) {
      setPhase('done');
      toggleNotification({ type: 'success', message: t('import.committed') });
      onImported();
      return;
    }
    setPhase('checked');
    if (result.report === null) toggleNotification({ type: 'danger', message: result.message });
  };

  const report = outcome?.report ?? null;
  const canCommit = phase === 'checked' && report !== null && report.ok && report.dryRun;
  const busy = phase === 'checking' || phase === 'committing';

  return (
    <Modal.Root open onOpenChange={(open) => (open || busy ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={t('action.close')}>
          <Modal.Title>{phase === 'done' ? t('import.title.done') : t('import.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={6}>
            {phase !== 'done' ? (
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Typography textColor="neutral700">{t('import.help')}</Typography>
                <Box background="neutral100" hasRadius padding={4}>
                  <Flex gap={4} wrap="wrap" justifyContent="space-between">
                    <Flex gap={3}>
                      <FileIcon width="2.4rem" height="2.4rem" fill="neutral500" aria-hidden />
                      <Flex direction="column" alignItems="flex-start">
                        <Typography fontWeight="bold">{file ? file.name : t('import.no-file')}</Typography>
                        {file ? (
                          <Typography variant="pi" textColor="neutral600">
                            {t('import.size', { kb: Math.max(1, Math.round(file.size / 1024)) })}
                          </Typography>
                        ) : null}
                      </Flex>
                    </Flex>
                    <Flex gap={2}>
                      <input ref={input} type="file" accept={ACCEPT} onChange={choose} hidden data-testid="import-file" />
                      <Button variant="secondary" startIcon={<Upload />} onClick={() => input.current?.click()} disabled={busy}>
                        {file ? t('import.choose-other') : t('import.choose')}
                      </Button>
                      <Button variant={report ? 'secondary' : 'default'} onClick={() => run(true)} disabled={!file || busy} loading={phase === 'checking'}>
                        {report ? t('import.check-again') : t('import.check')}
                      </Button>
                    </Flex>
                  </Flex>
                </Box>
              </Flex>
            ) : null}
            {outcome && outcome.report === null ? (
              <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" hasRadius padding={4}>
                <Typography textColor="danger700">{outcome.message}</Typography>
              </Box>
            ) : null}
            {report ? <ImportReportView report={report} message={outcome?.message} /> : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary" disabled={busy}>
              {phase === 'done' ? t('action.close') : t('action.cancel')}
            </Button>
          </Modal.Close>
          {phase !== 'done' ? (
            <Button onClick={() => run(false)} disabled={!canCommit} loading={phase === 'committing'}>
              {t('import.commit')}
            </Button>
          ) : null}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
