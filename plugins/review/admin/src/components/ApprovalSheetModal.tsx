import * as React from 'react';

import { Box, Button, Flex, Modal } from '@strapi/design-system';
import { ExternalLink, File } from '@strapi/icons';

import { openHtml, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import type { SubjectUid } from '../types';
import { useT } from '../utils/i18n';
import { LoadError } from './LoadError';
import { Loading } from './Loading';

export interface ApprovalSheetModalProps {
  uid: SubjectUid;
  documentId: string;
  title?: string | null;
  onClose: () => void;
}

/**
 * 审批单: the printable sheet, fetched with the admin's token (the route needs it) and shown in a
 * frame that runs no script; printed from here or opened in a tab of its own.
 */
export const ApprovalSheetModal = ({ uid, documentId, title, onClose }: ApprovalSheetModalProps) => {
  const t = useT();
  const api = useApi();
  const frame = React.useRef<HTMLIFrameElement>(null);
  const sheet = useLoader((signal) => api.approvalSheetHtml(uid, documentId, signal), [api, uid, documentId]);

  const print = () => {
    const win = frame.current?.contentWindow;
    if (!win) return;
    win.focus();
    win.print();
  };

  return (
    <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content style={{ width: 'min(96rem, 96vw)', maxWidth: '96vw' }}>
        <Modal.Header closeLabel={t('action.close')}>
          <Modal.Title>{title ? t('sheet.title.of', { title }) : t('sheet.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {sheet.error ? <LoadError message={sheet.error} onRetry={sheet.reload} /> : null}
          {sheet.data === undefined && sheet.isLoading ? (
            <Loading />
          ) : null}
          {sheet.data !== undefined ? (
            <Box borderColor="neutral200" borderStyle="solid" borderWidth="1px" hasRadius overflow="hidden" background="neutral0">
              <iframe
                ref={frame}
                title={t('sheet.title')}
                srcDoc={sheet.data}
                sandbox="allow-same-origin allow-modals"
                style={{ width: '100%', height: '65vh', border: 0, display: 'block', background: '#fff' }}
              />
            </Box>
          ) : null}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.close')}</Button>
          </Modal.Close>
          <Flex gap={2}>
            <Button
              variant="secondary"
              startIcon={<ExternalLink />}
              disabled={sheet.data === undefined}
              onClick={() => sheet.data !== undefined && openHtml(sheet.data)}
            >
              {t('sheet.open')}
            </Button>
            <Button startIcon={<File />} disabled={sheet.data === undefined} onClick={print}>
              {t('sheet.print')}
            </Button>
          </Flex>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
