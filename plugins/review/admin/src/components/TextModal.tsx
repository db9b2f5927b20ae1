import * as React from 'react';

import { Box, Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';

import { useT } from '../utils/i18n';

export interface TextModalProps {
  title: string;
  /** What the text is: 审核意见, 紧急发布理由. */
  label: string;
  hint?: string;
  /** A sentence above the field (what will happen). */
  intro?: React.ReactNode;
  required: boolean;
  maxLength: number;
  confirmLabel: string;
  confirmVariant?: 'default' | 'success' | 'danger' | 'danger-light';
  /** Resolves true when done (the modal closes), false to stay open (the error was shown). */
  onConfirm: (text: string) => Promise<boolean>;
  onClose: () => void;
}

/** A modal asking for a text before an action: an opinion (同意/退回) or a reason (紧急发布). */
export const TextModal = ({ title, label, hint, intro, required, maxLength, confirmLabel, confirmVariant = 'default', onConfirm, onClose }: TextModalProps) => {
  const t = useT();
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (required && value === '') {
      setError(t('form.required'));
      return;
    }
    setBusy(true);
    try {
      if (await onConfirm(value)) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open) => (open || busy ? undefined : onClose())}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('action.close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {intro ? (
                <Box>
                  <Typography>{intro}</Typography>
                </Box>
              ) : null}
              <Field.Root name="text" required={required} error={error} hint={hint}>
                <Field.Label>{label}</Field.Label>
                <Textarea
                  value={text}
                  maxLength={maxLength}
                  autoFocus
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
                    setText(e.target.value);
                    setError(undefined);
                  }}
                />
                <Field.Error />
                <Field.Hint />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary" disabled={busy}>
                {t('action.cancel')}
              </Button>
            </Modal.Close>
            <Button type="submit" variant={confirmVariant} loading={busy}>
              {confirmLabel}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
