import * as React from 'react';

import { Badge, Box, Button, Flex, IconButton, Link, Loader, ProgressBar, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowRight, CheckCircle, ChevronDown, ChevronUp, Eye, Play, Search, WarningCircle } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';

import { ConfirmAction, errorMessage, errorStatus, isAbort, useBilingual, useDateFormatters } from '@content-assurance/kit/admin';

import { runningRun, useApi } from '../api';
import { HeadText, Section, ShowMore, WrapText } from '../components/Cells';
import { DigestRows } from '../components/DigestRows';
import { KindCounts } from '../components/KindCounts';
import { pageUrl } from '../components/NavTabs';
import { PluginPage } from '../components/PluginPage';
import { usePermissions } from '../hooks/usePermissions';
import type { PreviewEmail, PreviewResult, RunResult, ScanRunView } from '../types';
import { hasMessage, useT } from '../utils/i18n';

type RunOutcome =
  | { kind: 'done'; result: RunResult; at: string }
  | { kind: 'progress'; run: ScanRunView; busy: boolean }
  | { kind: 'busy'; message: string }
  | { kind: 'error'; message: string };

/** How often the page asks for the run while it goes on. */
const POLL_MS = 1000;

/** The run's result as the result view shows it. */
const resultOf = (run: ScanRunView): RunResult => ({
  ran: true,
  runId: run.id,
  findings: run.findings,
  queued: run.queued,
  delivery: run.delivery ?? { digests: 0, sent: 0, retrying: 0, failed: 0 },
  vetoRisk: undefined as unknown as RunResult['vetoRisk'],
});

/** 排队中 / 正在扫描 / 正在发送 第 n 封，共 m 封 …: the run going on, followed every second. */
const RunProgressView = ({ run, busy }: { run: ScanRunView; busy: boolean }) => {
  const t = useT();
  const progress = run.progress;
  const total = progress?.digests ?? 0;
  const done = progress?.digestsDone ?? 0;
  return (
    <Box background="primary100" borderColor="primary200" borderStyle="solid" borderWidth="1px" hasRadius padding={5} role="status" aria-live="polite">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex gap={3}>
          <Loader small>{t(`run.status.${run.status}`)}</Loader>
          <Typography variant="delta" textColor="primary700">
            {busy ? t('run.progress.other', { id: run.id }) : t('run.progress.title', { id: run.id })}
          </Typography>
        </Flex>
        <Typography textColor="neutral800">
          {run.status === 'sending' && progress ? t('run.progress.sending', { done, total }) : t(`run.status.${run.status}`)}
        </Typography>
        {run.status === 'sending' && total > 0 ? <ProgressBar value={Math.round((done / total) * 100)} /> : null}
        {progress && (progress.digestsRetrying > 0 || progress.digestsFailed > 0) ? (
          <Typography variant="pi" textColor="warning700">
            {t('run.progress.problems', { retrying: progress.digestsRetrying, failed: progress.digestsFailed })}
          </Typography>
        ) : null}
        <Typography variant="pi" textColor="neutral600">
          {t('run.progress.help')}
        </Typography>
      </Flex>
    </Box>
  );
};

const Callout = ({ tone, icon, title, children }: { tone: 'success' | 'warning' | 'danger'; icon: 'ok' | 'warn'; title: string; children?: React.ReactNode }) => (
  <Box background={`${tone}100`} borderColor={`${tone}200`} borderStyle="solid" borderWidth="1px" hasRadius padding={5} role={tone === 'success' ? 'status' : 'alert'}>
    <Flex gap={3} alignItems="flex-start">
      {icon === 'ok' ? (
        <CheckCircle fill={`${tone}600`} width="2.4rem" height="2.4rem" aria-hidden />
      ) : (
        <WarningCircle fill={`${tone}600`} width="2.4rem" height="2.4rem" aria-hidden />
      )}
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography variant="delta" textColor={`${tone}700`}>
          {title}
        </Typography>
        {children}
      </Flex>
    </Flex>
  </Box>
);

/** A figure of the run's result: 新入队 12. */
const Figure = ({ value, label, tone }: { value: number; label: string; tone?: 'success700' | 'warning700' | 'danger700' }) => (
  <Flex direction="column" alignItems="flex-start" minWidth="8rem">
    <Typography variant="beta" tag="span" textColor={value > 0 && tone ? tone : 'neutral800'}>
      {value}
    </Typography>
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
  </Flex>
);

const RunResultView = ({ outcome }: { outcome: RunOutcome }) => {
  const t = useT();
  const { dateTime } = useDateFormatters();
  if (outcome.kind === 'progress') return <RunProgressView run={outcome.run} busy={outcome.busy} />;
  if (outcome.kind === 'busy') {
    return (
      <Callout tone="warning" icon="warn" title={t('run.busy.title')}>
        <Typography textColor="warning700">{t('run.busy.body')}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {outcome.message}
        </Typography>
      </Callout>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <Callout tone="danger" icon="warn" title={t('run.failed')}>
        <Typography textColor="danger700">{outcome.message}</Typography>
      </Callout>
    );
  }
  const { result } = outcome;
  const { delivery } = result;
  const problems = delivery.retrying + delivery.failed;
  return (
    <Callout tone={problems > 0 ? 'warning' : 'success'} icon={problems > 0 ? 'warn' : 'ok'} title={t('run.done', { id: result.runId, at: dateTime(outcome.at) })}>
      <Flex gap={6} wrap="wrap" paddingTop={1}>
        <Figure value={result.findings} label={t('run.figure.findings')} />
        <Figure value={result.queued} label={t('run.figure.queued')} />
        <Figure value={delivery.digests} label={t('run.figure.digests')} />
        <Figure value={delivery.sent} label={t('run.figure.sent')} tone="success700" />
        <Figure value={delivery.retrying} label={t('run.figure.retrying')} tone="warning700" />
        <Figure value={delivery.failed} label={t('run.figure.failed')} tone="danger700" />
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {result.queued > 0 ? t('run.figures-help') : delivery.digests > 0 ? t('run.earlier-delivered') : t('run.nothing-new')}
      </Typography>
      <Flex gap={4} wrap="wrap">
        {delivery.retrying > 0 ? (
          <Link tag={RouterLink} to={`${pageUrl('log')}?status=retrying`} endIcon={<ArrowRight />} isExternal={false}>
            {t('run.see-retrying')}
          </Link>
        ) : null}
        {delivery.failed > 0 ? (
          <Link tag={RouterLink} to={`${pageUrl('log')}?status=failed`} endIcon={<ArrowRight />} isExternal={false}>
            {t('run.see-failed')}
          </Link>
        ) : null}
        <Link tag={RouterLink} to={pageUrl('log')} endIcon={<ArrowRight />} isExternal={false}>
          {t('run.see-log')}
        </Link>
      </Flex>
    </Callout>
  );
};

/** Emails listed before 显示全部. */
const EMAIL_LIMIT = 20;

const emailKey = (email: PreviewEmail, index: number): string => `${email.recipientEmail}|${email.unitName ?? ''}|${index}`;

const EmailsTable = ({ emails }: { emails: PreviewEmail[] }) => {
  const t = useT();
  const [open, setOpen] = React.useState<Set<string>>(() => new Set());
  const [filter, setFilter] = React.useState('');
  const [all, setAll] = React.useState(false);
  const needle = filter.trim().toLowerCase();
  const matching = emails
    .map((email, index) => ({ email, key: emailKey(email, index) }))
    .filter(({ email }) => !needle || email.recipientEmail.toLowerCase().includes(needle) || (email.unitName ?? '').toLowerCase().includes(needle));
  const shown = all ? matching : matching.slice(0, EMAIL_LIMIT);
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box width="32rem" maxWidth="100%">
        <TextInput
          name="filter"
          aria-label={t('preview.filter')}
          placeholder={t('preview.filter')}
          startAction={<Search fill="neutral500" />}
          value={filter}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFilter(event.target.value)}
        />
      </Box>
      {shown.length === 0 ? (
        <Typography textColor="neutral600">{emails.length === 0 ? t('preview.no-emails') : t('preview.no-match')}</Typography>
      ) : (
        <Table colCount={5} rowCount={shown.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <VisuallyHidden>{t('units.col.toggle')}</VisuallyHidden>
              </Th>
              <Th>
                <HeadText>{t('preview.col.recipient')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('preview.col.role')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('preview.col.unit')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('preview.col.rows')}</HeadText>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {shown.map(({ email, key }) => {
              const isOpen = open.has(key);
              const role = `role.${email.role}`;
              const overdue = email.rows.filter((row) => row.severity === 'overdue').length;
              const escalated = email.rows.filter((row) => row.escalated).length;
              return (
                <React.Fragment key={key}>
                  <Tr onClick={() => toggle(key)} style={{ cursor: 'pointer' }} aria-expanded={isOpen}>
                    <Td width="4rem">
                      <IconButton
                        variant="ghost"
                        label={isOpen ? t('preview.collapse', { recipient: email.recipientEmail }) : t('preview.expand', { recipient: email.recipientEmail })}
                        onClick={(event: React.MouseEvent) => {
                          event.stopPropagation();
                          toggle(key);
                        }}
                      >
                        {isOpen ? <ChevronUp /> : <ChevronDown />}
                      </IconButton>
                    </Td>
                    <Td>
                      <Typography fontWeight="bold">{email.recipientEmail}</Typography>
                    </Td>
                    <Td>
                      <Typography>{hasMessage(role) ? t(role) : email.role}</Typography>
                    </Td>
                    <Td>
                      <WrapText $min="8rem" $max="20rem">{email.unitName || t('unit.none')}</WrapText>
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <Typography fontWeight="bold">{t('preview.rows', { count: email.rows.length })}</Typography>
                        {overdue > 0 ? (
                          <Badge size="S" variant="danger">
                            {t('preview.rows.overdue', { count: overdue })}
                          </Badge>
                        ) : null}
                        {escalated > 0 ? (
                          <Badge size="S" variant="warning">
                            {t('preview.rows.escalated', { count: escalated })}
                          </Badge>
                        ) : null}
                      </Flex>
                    </Td>
                  </Tr>
                  {isOpen ? (
                    <Tr>
                      <Td colSpan={5} style={{ whiteSpace: 'normal' }}>
                        <Box paddingTop={2} paddingBottom={4} paddingLeft={8}>
                          <DigestRows rows={email.rows} />
                        </Box>
                      </Td>
                    </Tr>
                  ) : null}
                </React.Fragment>
              );
            })}
          </Tbody>
        </Table>
      )}
      <ShowMore
        expanded={all}
        total={matching.length}
        limit={EMAIL_LIMIT}
        onToggle={() => setAll(!all)}
        moreLabel={t('preview.show-all', { count: matching.length })}
        lessLabel={t('preview.show-less', { count: EMAIL_LIMIT })}
      />
    </Flex>
  );
};

const PreviewView = ({ preview, at }: { preview: PreviewResult; at: string }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { dateTime } = useDateFormatters();
  const units = new Set(preview.emails.map((email) => email.unitName ?? '')).size;
  const rows = preview.emails.reduce((sum, email) => sum + email.rows.length, 0);
  const atRisk = [...preview.vetoRisk.items.filter((item) => item.atRisk).map((item) => bilingual(item.label)), ...(preview.vetoRisk.homepage.atRisk ? [bilingual(preview.vetoRisk.homepage.label)] : [])];
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Section title={t('preview.findings.title')} subtitle={t('preview.findings.subtitle', { count: preview.findings.length, at: dateTime(at) })}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <KindCounts counts={preview.counts} />
          <Typography textColor={atRisk.length ? 'danger700' : 'success700'} fontWeight="bold">
            {atRisk.length ? t('preview.veto.at-risk', { items: atRisk.join(t('list.separator')) }) : t('preview.veto.safe')}
          </Typography>
        </Flex>
      </Section>
      <Section title={t('preview.emails.title')} subtitle={t('preview.emails.subtitle', { emails: preview.emails.length, units, rows })}>
        <EmailsTable emails={preview.emails} />
      </Section>
    </Flex>
  );
};

/** 立即扫描 / 预览: what a scan would find and send (nothing written), and the scan itself after a confirmation. */
export const RunPage = () => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const { canRun, isLoading: permissionsLoading } = usePermissions();
  const [busy, setBusy] = React.useState<'preview' | 'run' | null>(null);
  const [preview, setPreview] = React.useState<{ result: PreviewResult; at: string } | null>(null);
  const [outcome, setOutcome] = React.useState<RunOutcome | null>(null);
  const [confirming, setConfirming] = React.useState(false);

  const runPreview = async () => {
    setBusy('preview');
    try {
      setPreview({ result: await api.preview(), at: new Date().toISOString() });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) ?? t('error.unknown') });
    } finally {
      setBusy(null);
    }
  };

  // Follow a run until it ends: ask for it every second; stop when the page goes away.
  const [following, setFollowing] = React.useState<{ id: number; busy: boolean } | null>(null);
  React.useEffect(() => {
    if (!following) return undefined;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const run = await api.getRun(following.id, controller.signal);
        if (controller.signal.aborted) return;
        if (run.status === 'done') {
          const result = resultOf(run);
          setOutcome({ kind: 'done', result, at: run.finishedAt ?? new Date().toISOString() });
          if (!following.busy) toggleNotification({ type: 'success', message: t('run.toast', { findings: result.findings, queued: result.queued }) });
          setFollowing(null);
          setBusy(null);
        } else if (run.status === 'failed') {
          setOutcome({ kind: 'error', message: run.error ?? t('error.unknown') });
          setFollowing(null);
          setBusy(null);
        } else {
          setOutcome({ kind: 'progress', run, busy: following.busy });
          timer = setTimeout(() => void poll(), POLL_MS);
        }
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        setOutcome({ kind: 'error', message: errorMessage(error) ?? t('error.unknown') });
        setFollowing(null);
        setBusy(null);
      }
    };
    void poll();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [following, api, t, toggleNotification]);

  const runScan = async () => {
    setConfirming(false);
    setBusy('run');
    setOutcome(null);
    try {
      const run = await api.run();
      setOutcome({ kind: 'progress', run, busy: false });
      setFollowing({ id: run.id, busy: false });
    } catch (error) {
      const message = errorMessage(error) ?? t('error.unknown');
      const other = errorStatus(error) === 409 ? runningRun(error) : null;
      if (other) {
        // another scan is going on: follow it instead of starting a second
        setOutcome({ kind: 'progress', run: other, busy: true });
        setFollowing({ id: other.id, busy: true });
        return;
      }
      if (errorStatus(error) === 409) setOutcome({ kind: 'busy', message });
      else {
        setOutcome({ kind: 'error', message });
        toggleNotification({ type: 'danger', message });
      }
      setBusy(null);
    }
  };

  return (
    <PluginPage page="run" title={t('run.title')} subtitle={t('run.subtitle')} busy={busy !== null}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Box background="neutral0" shadow="tableShadow" hasRadius padding={6}>
          <Flex direction="column" alignItems="flex-start" gap={4}>
            <Typography textColor="neutral700">{t('run.help')}</Typography>
            <Flex gap={3} wrap="wrap">
              <Button variant="secondary" size="L" startIcon={<Eye />} loading={busy === 'preview'} disabled={busy !== null} onClick={() => void runPreview()}>
                {t('run.preview')}
              </Button>
              <Button size="L" startIcon={<Play />} loading={busy === 'run'} disabled={busy !== null || !canRun} onClick={() => setConfirming(true)}>
                {t('run.now')}
              </Button>
            </Flex>
            {!permissionsLoading && !canRun ? (
              <Typography variant="pi" textColor="neutral600">
                {t('run.no-permission')}
              </Typography>
            ) : null}
          </Flex>
        </Box>
        {outcome ? <RunResultView outcome={outcome} /> : null}
        {preview ? <PreviewView preview={preview.result} at={preview.at} /> : null}
      </Flex>
      <ConfirmAction
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('run.confirm.title')}
        body={t('run.confirm.body')}
        confirmLabel={t('run.confirm.action')}
        variant="default"
        onConfirm={() => runScan()}
      />
    </PluginPage>
  );
};
