import * as React from 'react';

import { Box, Button, Flex, Loader, TextButton, Typography } from '@strapi/design-system';
import { ArrowLeft, Check, ClockCounterClockwise, Cross, File, Lightning, PaperPlane, Rocket } from '@strapi/icons';
import { unstable_useDocument, useForm, useNotification, useQueryParams } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';

import { ConfirmAction, errorMessage, errorStatus, useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import { isSubjectUid, UNAVAILABLE_CODES, type ReviewAction, type ReviewView, type SubjectUid, type UnavailableAction } from '../../types';
import { useT, type MessageKey } from '../../utils/i18n';
import { ApprovalSheetModal } from '../ApprovalSheetModal';
import { HistoryModal } from '../HistoryModal';
import { StatusBadge, factsOf } from '../StatusBadge';
import { TextModal } from '../TextModal';
import { LevelSteps } from './LevelSteps';
import { SuspectWords } from './SuspectWords';

type Dialog = 'approve' | 'reject' | 'urgent' | 'withdraw' | 'publish' | 'sheet' | 'history' | null;

/**
 * The content-manager's query parameters as its edit view passes them to its document query
 * (plugins[i18n][locale]=… becomes locale=…), so that a refetch here refreshes the edit view's copy.
 */
const documentParams = (query: Record<string, unknown> | undefined): Record<string, unknown> => {
  if (!query) return {};
  const { plugins, ...rest } = query as { plugins?: Record<string, unknown> } & Record<string, unknown>;
  const flattened = Object.values(plugins ?? {}).reduce<Record<string, unknown>>(
    (acc, value) => (typeof value === 'object' && value !== null ? Object.assign(acc, value) : acc),
    {},
  );
  return { ...rest, ...flattened };
};

const Notice = ({ tone, title, children }: { tone: 'danger' | 'warning' | 'primary' | 'neutral'; title?: string; children?: React.ReactNode }) => (
  <Box background={`${tone}100`} borderColor={`${tone}200`} borderStyle="solid" borderWidth="1px" hasRadius padding={3}>
    <Flex direction="column" alignItems="stretch" gap={1}>
      {title ? (
        <Typography fontWeight="bold" textColor={`${tone}700`}>
          {title}
        </Typography>
      ) : null}
      {children}
    </Flex>
  </Box>
);

interface BodyProps {
  model: SubjectUid;
  documentId: string;
  collectionType: string;
  /** Changes when the document was saved or published elsewhere: the review view is reloaded then. */
  documentVersion: string;
}

/** The panel's content for a saved item: status, levels, warnings, the actions this user may take. */
const ReviewPanelBody = ({ model, documentId, collectionType, documentVersion }: BodyProps) => {
  const t = useT();
  const api = useApi();
  const bilingual = useBilingual();
  const { dateTime } = useDateFormatters();
  const { toggleNotification } = useNotification();
  const [dialog, setDialog] = React.useState<Dialog>(null);
  const [busy, setBusy] = React.useState<ReviewAction | null>(null);
  const modified = useForm('ReviewPanel', (state) => state.modified, false) === true;
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  const params = React.useMemo(() => documentParams(query), [query]);
  const { refetch: refetchDocument } = unstable_useDocument({ collectionType, model, documentId, params });

  const view = useLoader((signal) => api.view(model, documentId, signal), [api, model, documentId, documentVersion]);

  /** Run an action; the answer is the new view. Returns whether it succeeded. */
  const run = async (action: ReviewAction, call: () => Promise<ReviewView>, done: MessageKey): Promise<boolean> => {
    setBusy(action);
    try {
      const next = await call();
      view.setData(next);
      toggleNotification({ type: 'success', message: t(done) });
      if (action === 'publish' || action === 'urgent-publish') refetchDocument();
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) ?? t('error.unknown') });
      // Someone else acted first, or the content changed: show the current state.
      if (errorStatus(error) === 409) view.reload();
      return false;
    } finally {
      setBusy(null);
    }
  };

  if (view.data === undefined) {
    if (view.error) {
      return (
        <Flex direction="column" alignItems="stretch" gap={2} width="100%">
          <Typography variant="pi" textColor="danger600">
            {view.error}
          </Typography>
          <Box>
            <Button size="S" variant="tertiary" onClick={view.reload}>
              {t('action.retry')}
            </Button>
          </Box>
        </Flex>
      );
    }
    return (
      <Flex justifyContent="center" width="100%" padding={2}>
        <Loader small>{t('state.loading')}</Loader>
      </Flex>
    );
  }

  const { state, allowedActions, suspectWords, changedSinceSubmission } = view.data;
  const can = (action: ReviewAction) => allowedActions.includes(action);
  const level = view.data.currentLevel;
  const submitted = state.round > 0;
  const returnedLevel = state.returned ? state.levels.find((l) => l.key === state.returned?.levelKey) : undefined;
  // Why an action this person may look for is missing, and what to do: in the interface language
  // when the panel knows the reason, else the server's message.
  const reasons = view.data.unavailableActions ?? [];
  const reasonText = (reason: UnavailableAction): string =>
    (UNAVAILABLE_CODES as readonly string[]).includes(reason.code)
      ? t(`panel.reason.${reason.code}` as MessageKey, { level: reason.params.level ? bilingual(reason.params.level) : '' })
      : reason.message;

  const decide = (decision: 'approve' | 'reject') => async (opinion: string) =>
    level
      ? run(
          decision,
          () => api.decide(model, documentId, { levelKey: level.key, decision, opinion: opinion || null }),
          decision === 'approve' ? 'done.approve' : 'done.reject',
        )
      : false;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <StatusBadge facts={factsOf(state)} />
        {submitted ? (
          <Typography variant="pi" textColor="neutral600">
            {state.submitter ? t('panel.round.by', { round: state.round, name: state.submitter.name }) : t('panel.round', { round: state.round })}
          </Typography>
        ) : null}
      </Flex>

      {state.status === 'draft' && state.returned ? (
        <Notice tone="danger" title={t('panel.returned.title')}>
          <Typography variant="pi" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {state.returned.opinion}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('panel.returned.by', {
              name: state.returned.by.name,
              level: returnedLevel ? bilingual(returnedLevel.name) : state.returned.levelKey,
              at: dateTime(state.returned.at),
            })}
          </Typography>
        </Notice>
      ) : null}

      {state.urgent ? (
        <Notice tone="warning" title={t('panel.urgent.title')}>
          <Typography variant="pi" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('panel.urgent.reason', { reason: state.urgent.reason })}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('panel.urgent.by', { name: state.urgent.by.name, at: dateTime(state.urgent.at) })}
          </Typography>
        </Notice>
      ) : null}

      {state.restarted && state.status === 'in-review' ? (
        <Notice tone="primary">
          <Typography variant="pi" textColor="neutral800">
            {t('panel.restarted', { round: state.restarted.fromRound, at: dateTime(state.restarted.at) })}
          </Typography>
        </Notice>
      ) : null}

      {changedSinceSubmission && (state.status === 'in-review' || state.status === 'approved') ? (
        <Notice tone="warning">
          <Typography variant="pi" textColor="neutral800">
            {t('panel.changed')}
          </Typography>
        </Notice>
      ) : null}

      {modified && allowedActions.length > 0 ? (
        <Notice tone="warning">
          <Typography variant="pi" textColor="neutral800">
            {t('panel.unsaved-changes')}
          </Typography>
        </Notice>
      ) : null}

      <LevelSteps state={state} />

      <SuspectWords findings={suspectWords} />

      {allowedActions.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {can('submit') ? (
            <Button
              fullWidth
              startIcon={<PaperPlane />}
              loading={busy === 'submit'}
              disabled={modified || busy !== null}
              onClick={() => void run('submit', () => api.submit(model, documentId), 'done.submit')}
            >
              {state.returned ? t('action.resubmit') : t('action.submit')}
            </Button>
          ) : null}
          {can('approve') ? (
            <Button
              fullWidth
              variant="success"
              startIcon={<Check />}
              loading={busy === 'approve'}
              disabled={busy !== null}
              onClick={() => setDialog('approve')}
            >
              {t('action.approve')}
            </Button>
          ) : null}
          {can('reject') ? (
            <Button
              fullWidth
              variant="danger-light"
              startIcon={<Cross />}
              loading={busy === 'reject'}
              disabled={busy !== null}
              onClick={() => setDialog('reject')}
            >
              {t('action.reject')}
            </Button>
          ) : null}
          {can('publish') ? (
            <Button
              fullWidth
              variant="default"
              startIcon={<Rocket />}
              loading={busy === 'publish'}
              disabled={modified || busy !== null}
              onClick={() => setDialog('publish')}
            >
              {t('action.publish')}
            </Button>
          ) : null}
          {can('withdraw') ? (
            <Button
              fullWidth
              variant="tertiary"
              startIcon={<ArrowLeft />}
              loading={busy === 'withdraw'}
              disabled={busy !== null}
              onClick={() => setDialog('withdraw')}
            >
              {t('action.withdraw')}
            </Button>
          ) : null}
          {can('urgent-publish') ? (
            <Button
              fullWidth
              variant="danger"
              startIcon={<Lightning />}
              loading={busy === 'urgent-publish'}
              disabled={modified || busy !== null}
              onClick={() => setDialog('urgent')}
            >
              {t('action.urgent-publish')}
            </Button>
          ) : null}
        </Flex>
      ) : null}

      {reasons.length > 0 ? (
        <Notice tone={allowedActions.length > 0 ? 'neutral' : 'primary'}>
          {reasons.map((reason) => (
            <Typography key={`${reason.action}:${reason.code}`} variant="pi" textColor="neutral800" data-reason={reason.code}>
              {reasonText(reason)}
            </Typography>
          ))}
        </Notice>
      ) : allowedActions.length > 0 ? null : level ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.no-action.waiting')}
        </Typography>
      ) : state.status === 'draft' ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.no-action')}
        </Typography>
      ) : null}

      <Flex gap={4} wrap="wrap">
        {submitted ? (
          <TextButton startIcon={<File />} onClick={() => setDialog('sheet')}>
            {t('action.approval-sheet')}
          </TextButton>
        ) : null}
        <TextButton startIcon={<ClockCounterClockwise />} onClick={() => setDialog('history')}>
          {t('action.history')}
        </TextButton>
      </Flex>

      {dialog === 'approve' ? (
        <TextModal
          title={t('dialog.approve.title')}
          intro={level ? t('dialog.approve.intro', { level: bilingual(level.name) }) : undefined}
          label={t('dialog.opinion')}
          hint={t('dialog.approve.hint')}
          required={false}
          maxLength={2000}
          confirmLabel={t('action.approve')}
          confirmVariant="success"
          onConfirm={decide('approve')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'reject' ? (
        <TextModal
          title={t('dialog.reject.title')}
          intro={t('dialog.reject.intro')}
          label={t('dialog.opinion')}
          hint={t('dialog.reject.hint')}
          required
          maxLength={2000}
          confirmLabel={t('action.reject')}
          confirmVariant="danger"
          onConfirm={decide('reject')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'urgent' ? (
        <TextModal
          title={t('dialog.urgent.title')}
          intro={t('dialog.urgent.intro')}
          label={t('dialog.urgent.reason')}
          required
          maxLength={500}
          confirmLabel={t('action.urgent-publish')}
          confirmVariant="danger"
          onConfirm={(reason) => run('urgent-publish', () => api.urgentPublish(model, documentId, reason), 'done.urgent-publish')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <ConfirmAction
        open={dialog === 'withdraw'}
        onClose={() => setDialog(null)}
        title={t('dialog.withdraw.title')}
        body={t('dialog.withdraw.body')}
        confirmLabel={t('action.withdraw')}
        onConfirm={async () => {
          setDialog(null);
          await run('withdraw', () => api.withdraw(model, documentId), 'done.withdraw');
        }}
      />
      <ConfirmAction
        open={dialog === 'publish'}
        onClose={() => setDialog(null)}
        title={t('dialog.publish.title')}
        body={t('dialog.publish.body')}
        confirmLabel={t('action.publish')}
        variant="default"
        onConfirm={async () => {
          setDialog(null);
          await run('publish', () => api.publish(model, documentId), 'done.publish');
        }}
      />
      {dialog === 'sheet' ? <ApprovalSheetModal uid={model} documentId={documentId} title={view.data.subject.title} onClose={() => setDialog(null)} /> : null}
      {dialog === 'history' ? (
        <HistoryModal uid={model} documentId={documentId} title={view.data.subject.title} levels={state.levels} onClose={() => setDialog(null)} />
      ) : null}
    </Flex>
  );
};

/** What the panel shows: a hint for an unsaved item, the review otherwise. */
const ReviewPanelContent = ({ model, documentId, collectionType, documentVersion }: Omit<BodyProps, 'documentId'> & { documentId?: string }) => {
  const t = useT();
  if (!documentId) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.unsaved')}
      </Typography>
    );
  }
  return <ReviewPanelBody model={model} documentId={documentId} collectionType={collectionType} documentVersion={documentVersion} />;
};

/**
 * 审核 side panel of the content-manager's edit view, for articles, interpretations and replies only.
 * A description component: it returns the panel's title and content (rendered by the edit view).
 */
export const ReviewPanel: PanelComponent = ({ model, documentId, document, collectionType }: PanelComponentProps) => {
  const t = useT();
  if (!isSubjectUid(model) || collectionType !== 'collection-types') return null;
  const saved = documentId && documentId !== 'create' ? documentId : undefined;
  const doc = document as { updatedAt?: string | null; publishedAt?: string | null; status?: string | null } | undefined;
  const documentVersion = [doc?.updatedAt ?? '', doc?.publishedAt ?? '', doc?.status ?? ''].join('|');
  return {
    title: t('panel.title'),
    content: <ReviewPanelContent model={model} documentId={saved} collectionType={collectionType} documentVersion={documentVersion} />,
  };
};
