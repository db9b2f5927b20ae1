import * as React from 'react';

import { Box, Button, Modal, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';

import { errorMessage } from './api';

export interface FormModalProps {
  title: string;
  submitLabel: string;
  /** The submit button shows as loading. */
  saving: boolean;
  onSubmit: (event: React.FormEvent) => void;
  onClose: () => void;
  /** The dialog's size, when the form needs more room than the default. */
  contentStyle?: React.CSSProperties;
  /** The form's fields (the modal's body). */
  children: React.ReactNode;
}

/** The texts of the dialog, in the interface language ('action.close', 'action.cancel' of a plugin). */
export type FormModalTexts = (key: 'action.close' | 'action.cancel') => string;

/**
 * A form in Strapi's modal: title, the fields, 取消 and the submit button. `useTexts` is the plugin's
 * `useT` (its messages have 'action.close' and 'action.cancel').
 */
export const createFormModal = (useTexts: () => FormModalTexts) =>
  function FormModal({ title, submitLabel, saving, onSubmit, onClose, contentStyle, children }: FormModalProps) {
    const t = useTexts();
    return (
      <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
        <Modal.Content style={contentStyle}>
          <FormModalBody title={title} submitLabel={submitLabel} saving={saving} onSubmit={onSubmit} closeLabel={t('action.close')} cancelLabel={t('action.cancel')}>
            {children}
          </FormModalBody>
        </Modal.Content>
      </Modal.Root>
    );
  };

/** The form inside a modal's content (header, body, footer), for a modal that is opened elsewhere. */
export const FormModalBody = ({
  title,
  submitLabel,
  saving,
  onSubmit,
  closeLabel,
  cancelLabel,
  children,
}: Pick<FormModalProps, 'title' | 'submitLabel' | 'saving' | 'onSubmit' | 'children'> & { closeLabel: string; cancelLabel: string }) => (
  <form onSubmit={onSubmit} noValidate>
    <Modal.Header closeLabel={closeLabel}>
      <Modal.Title>{title}</Modal.Title>
    </Modal.Header>
    <Modal.Body>{children}</Modal.Body>
    <Modal.Footer>
      <Modal.Close>
        <Button variant="tertiary">{cancelLabel}</Button>
      </Modal.Close>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Modal.Footer>
  </form>
);

export interface Save {
  /** The save is running. */
  saving: boolean;
  /** The server's message of the last failed save (cleared when a save starts). */
  serverError: string | null;
  /** Run a save; a failure is shown (serverError) and notified, never thrown. */
  save: (run: () => Promise<void>) => Promise<void>;
}

/** A form's save: `saving` while it runs, the server's message (or `unknownError`) when it fails. */
export const useSave = (unknownError: string): Save => {
  const { toggleNotification } = useNotification();
  const [saving, setSaving] = React.useState(false);
  const [serverError, setServerError] = React.useState<string | null>(null);
  const save = React.useCallback(
    async (run: () => Promise<void>): Promise<void> => {
      setSaving(true);
      setServerError(null);
      try {
        await run();
      } catch (error) {
        const message = errorMessage(error) ?? unknownError;
        setServerError(message);
        toggleNotification({ type: 'danger', message });
      } finally {
        setSaving(false);
      }
    },
    [toggleNotification, unknownError],
  );
  return { saving, serverError, save };
};

/** The server's message of a failed save, above a form's fields; nothing when there is none. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" hasRadius padding={3}>
      <Typography textColor="danger700">{message}</Typography>
    </Box>
  ) : null;
