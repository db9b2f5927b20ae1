import * as React from 'react';

import { Button, Dialog } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';

export interface ConfirmActionProps {
  /** Open while this is set. */
  open: boolean;
  onClose: () => void;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  /** danger-light for destructive actions (delete, withdraw, revoke), default otherwise. */
  variant?: 'danger-light' | 'default';
  onConfirm: () => Promise<void> | void;
}

/** Strapi's confirmation dialog, with the plugin's wording. */
export const ConfirmAction = ({ open, onClose, title, body, confirmLabel, variant = 'danger-light', onConfirm }: ConfirmActionProps) => (
  <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
    <ConfirmDialog
      title={title}
      icon={<WarningCircle fill={variant === 'default' ? 'primary600' : 'danger600'} width="2.4rem" height="2.4rem" />}
      endAction={
        <Dialog.Action>
          <Button fullWidth variant={variant} onClick={() => void onConfirm()}>
            {confirmLabel}
          </Button>
        </Dialog.Action>
      }
    >
      {body}
    </ConfirmDialog>
  </Dialog.Root>
);
