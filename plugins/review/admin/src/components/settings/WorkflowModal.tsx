import * as React from 'react';

import {
  Badge,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  IconButton,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  TextButton,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { ArrowDown, ArrowUp, Plus, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { useSave } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import {
  DUTIES,
  IMPORTANT_ONLY,
  SUBJECT_TYPES,
  SUBJECT_UIDS,
  type Bilingual,
  type Duty,
  type LevelCondition,
  type LevelDefinition,
  type NamedEntry,
  type Workflow,
  type WorkflowInput,
} from '../../types';
import { useT } from '../../utils/i18n';
import { FormModal } from '../FormModal';

/** Default key and names of a level for a duty (the names are data: stored in both languages). */
const DUTY_DEFAULTS: Record<Duty, { key: string; name: Bilingual }> = {
  'section-reviewer': { key: 'section', name: { zh: '初审', en: 'Section review' } },
  'confidentiality-reviewer': { key: 'confidentiality', name: { zh: '保密审核', en: 'Confidentiality review' } },
  'leader-in-charge': { key: 'leader-in-charge', name: { zh: '分管负责人审签', en: 'Leader in charge' } },
  'principal-leader': { key: 'principal-leader', name: { zh: '主要负责人审签', en: 'Principal leader' } },
  'information-officer': { key: 'officer', name: { zh: '信息员核对', en: 'Information officer check' } },
  'site-administrator': { key: 'site-admin', name: { zh: '网站管理员审核', en: 'Site administrator review' } },
};

const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Whether a level's condition is 仅重要稿件 ({field:'importance', equals:'important'}). */
export const isImportantOnly = (condition: LevelCondition | undefined): boolean =>
  condition !== undefined &&
  'field' in condition &&
  'equals' in condition &&
  'field' in IMPORTANT_ONLY &&
  'equals' in IMPORTANT_ONLY &&
  condition.field === IMPORTANT_ONLY.field &&
  condition.equals === IMPORTANT_ONLY.equals;

interface LevelRow {
  /** Local id for React. */
  rowId: number;
  key: string;
  zh: string;
  en: string;
  duty: Duty;
  importantOnly: boolean;
  /** A condition other than 仅重要稿件, kept as it is (edited through the API only). */
  custom?: LevelCondition;
  /** The key and names follow the duty until the user edits them. */
  touched: boolean;
}

let nextRowId = 1;

const rowOf = (level: LevelDefinition): LevelRow => ({
  rowId: nextRowId++,
  key: level.key,
  zh: level.name.zh,
  en: level.name.en,
  duty: level.duty,
  importantOnly: isImportantOnly(level.condition),
  custom: level.condition && !isImportantOnly(level.condition) ? level.condition : undefined,
  touched: true,
});

const uniqueKey = (base: string, rows: LevelRow[], self?: number): string => {
  const taken = new Set(rows.filter((r) => r.rowId !== self).map((r) => r.key));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
};

const newRow = (duty: Duty, rows: LevelRow[]): LevelRow => ({
  rowId: nextRowId++,
  key: uniqueKey(DUTY_DEFAULTS[duty].key, rows),
  zh: DUTY_DEFAULTS[duty].name.zh,
  en: DUTY_DEFAULTS[duty].name.en,
  duty,
  importantOnly: false,
  touched: false,
});

const levelOf = (row: LevelRow): LevelDefinition => {
  const level: LevelDefinition = { key: row.key.trim(), name: { zh: row.zh.trim(), en: row.en.trim() }, duty: row.duty };
  if (row.custom) level.condition = row.custom;
  else if (row.importantOnly) level.condition = { ...IMPORTANT_ONLY };
  return level;
};

export interface WorkflowModalProps {
  workflow: Workflow | null;
  /** The columns to bind, when they could be read (else ids are typed). */
  columns: NamedEntry[] | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Create or edit a workflow: its name, its ordered levels, what it applies to. */
export const WorkflowModal = ({ workflow, columns, onClose, onSaved }: WorkflowModalProps) => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const [name, setName] = React.useState(workflow?.name ?? '');
  const [isDefault, setIsDefault] = React.useState(workflow?.isDefault ?? false);
  const [contentTypes, setContentTypes] = React.useState<string[]>(workflow?.contentTypes ?? []);
  const [columnIds, setColumnIds] = React.useState<number[]>(workflow?.columnIds ?? []);
  const [columnText, setColumnText] = React.useState((workflow?.columnIds ?? []).join(', '));
  const [rows, setRows] = React.useState<LevelRow[]>(() => {
    if (workflow) return workflow.levels.map(rowOf);
    const first = newRow('section-reviewer', []);
    const second = newRow('confidentiality-reviewer', [first]);
    const third = newRow('leader-in-charge', [first, second]);
    return [first, second, third];
  });
  const [errors, setErrors] = React.useState<string[]>([]);
  const { saving, serverError, save } = useSave(t('error.unknown'));

  const update = (rowId: number, patch: Partial<LevelRow>) => setRows((all) => all.map((r) => (r.rowId === rowId ? { ...r, ...patch } : r)));
  const changeDuty = (row: LevelRow, duty: Duty) => {
    if (row.touched) update(row.rowId, { duty });
    else {
      const defaults = DUTY_DEFAULTS[duty];
      update(row.rowId, { duty, key: uniqueKey(defaults.key, rows, row.rowId), zh: defaults.name.zh, en: defaults.name.en });
    }
  };
  const move = (index: number, by: -1 | 1) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
    });

  const validate = (): string[] => {
    const problems: string[] = [];
    if (!name.trim()) problems.push(t('workflows.error.name'));
    if (rows.length === 0) problems.push(t('workflows.error.no-levels'));
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const n = i + 1;
      if (!KEY.test(row.key.trim())) problems.push(t('workflows.error.key', { n }));
      else if (keys.has(row.key.trim())) problems.push(t('workflows.error.duplicate-key', { n }));
      keys.add(row.key.trim());
      if (!row.zh.trim() || !row.en.trim()) problems.push(t('workflows.error.level-name', { n }));
      if (i > 0 && rows[i - 1].duty === row.duty) problems.push(t('workflows.error.same-duty', { n }));
    });
    if (rows.length > 0 && rows.every((row) => row.importantOnly || row.custom)) problems.push(t('workflows.error.unconditional'));
    if (!columns && columnText.trim() && !/^\s*\d+(\s*[,，、\s]\s*\d+)*\s*$/.test(columnText)) problems.push(t('workflows.error.columns'));
    return problems;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems = validate();
    setErrors(problems);
    if (problems.length > 0) return;
    const ids = columns
      ? columnIds
      : columnText
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map(Number);
    const input: WorkflowInput = { name: name.trim(), levels: rows.map(levelOf), contentTypes, columnIds: [...new Set(ids)], isDefault };
    await save(async () => {
      if (workflow) await api.updateWorkflow(workflow.id, input);
      else await api.createWorkflow(input);
      toggleNotification({ type: 'success', message: t('workflows.saved', { name: input.name }) });
      onSaved();
    });
  };

  return (
    <FormModal title={t(workflow ? 'workflows.form.edit' : 'workflows.form.add')} submitLabel={t('action.save')} saving={saving} onSubmit={submit} onClose={onClose} contentStyle={{ width: 'min(88rem, 96vw)', maxWidth: '96vw' }}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        {serverError || errors.length > 0 ? (
          <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" hasRadius padding={3}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              {serverError ? <Typography textColor="danger700">{serverError}</Typography> : null}
              {errors.map((problem) => (
                <Typography key={problem} textColor="danger700">
                  {problem}
                </Typography>
              ))}
            </Flex>
          </Box>
        ) : null}
        <Flex gap={4} alignItems="flex-end" wrap="wrap">
          <Box flex="1" minWidth="24rem">
            <Field.Root name="name" required>
              <Field.Label>{t('workflows.form.name')}</Field.Label>
              <TextInput value={name} maxLength={100} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)} />
            </Field.Root>
          </Box>
          <Box paddingBottom={3}>
            <Checkbox checked={isDefault} onCheckedChange={(checked) => setIsDefault(checked === true)}>
              {t('workflows.form.default')}
            </Checkbox>
          </Box>
        </Flex>

        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="delta" tag="h3">
            {t('workflows.form.levels')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('workflows.form.levels.help')}
          </Typography>
          <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
            {rows.map((row, index) => (
              <Box tag="li" key={row.rowId} background="neutral100" hasRadius padding={3} borderColor="neutral200" borderStyle="solid" borderWidth="1px">
                <Flex gap={3} alignItems="flex-end" wrap="wrap">
                  <Box paddingBottom={2} minWidth="5rem">
                    <Typography fontWeight="bold">{t('workflows.level.n', { n: index + 1 })}</Typography>
                  </Box>
                  <Box width="18rem">
                    <Field.Root name={`duty-${row.rowId}`} required>
                      <Field.Label>{t('workflows.level.duty')}</Field.Label>
                      <SingleSelect value={row.duty} onChange={(value) => changeDuty(row, DUTIES.find((d) => d === value) ?? row.duty)}>
                        {DUTIES.map((duty) => (
                          <SingleSelectOption key={duty} value={duty}>
                            {t(`duty.${duty}`)}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Field.Root>
                  </Box>
                  <Box width="16rem">
                    <Field.Root name={`zh-${row.rowId}`} required>
                      <Field.Label>{t('workflows.level.name-zh')}</Field.Label>
                      <TextInput
                        value={row.zh}
                        maxLength={50}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(row.rowId, { zh: e.target.value, touched: true })}
                      />
                    </Field.Root>
                  </Box>
                  <Box width="18rem">
                    <Field.Root name={`en-${row.rowId}`} required>
                      <Field.Label>{t('workflows.level.name-en')}</Field.Label>
                      <TextInput
                        value={row.en}
                        maxLength={50}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(row.rowId, { en: e.target.value, touched: true })}
                      />
                    </Field.Root>
                  </Box>
                  <Box width="16rem">
                    <Field.Root name={`key-${row.rowId}`} required>
                      <Field.Label>{t('workflows.level.key')}</Field.Label>
                      <TextInput
                        value={row.key}
                        maxLength={64}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(row.rowId, { key: e.target.value.toLowerCase(), touched: true })}
                      />
                    </Field.Root>
                  </Box>
                </Flex>
                <Flex paddingTop={2} justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
                  <Box>
                    {row.custom ? (
                      <Flex gap={2} wrap="wrap">
                        <Badge>{t('workflows.level.custom')}</Badge>
                        <Typography variant="pi" textColor="neutral600" style={{ fontFamily: 'monospace' }}>
                          {JSON.stringify(row.custom)}
                        </Typography>
                        <TextButton onClick={() => update(row.rowId, { custom: undefined, importantOnly: false })}>
                          {t('workflows.level.custom.clear')}
                        </TextButton>
                      </Flex>
                    ) : (
                      <Checkbox checked={row.importantOnly} onCheckedChange={(checked) => update(row.rowId, { importantOnly: checked === true })}>
                        {t('workflows.level.important-only')}
                      </Checkbox>
                    )}
                  </Box>
                  <Flex gap={1}>
                    <IconButton label={t('workflows.level.up')} variant="ghost" disabled={index === 0} onClick={() => move(index, -1)}>
                      <ArrowUp />
                    </IconButton>
                    <IconButton label={t('workflows.level.down')} variant="ghost" disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                      <ArrowDown />
                    </IconButton>
                    <IconButton
                      label={t('workflows.level.remove')}
                      variant="ghost"
                      onClick={() => setRows((all) => all.filter((r) => r.rowId !== row.rowId))}
                    >
                      <Trash />
                    </IconButton>
                  </Flex>
                </Flex>
              </Box>
            ))}
          </Flex>
          <Box>
            <Button
              variant="secondary"
              startIcon={<Plus />}
              disabled={rows.length >= 20}
              onClick={() => setRows((all) => [...all, newRow(all.length === 0 ? 'section-reviewer' : 'principal-leader', all)])}
            >
              {t('workflows.level.add')}
            </Button>
          </Box>
        </Flex>

        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="delta" tag="h3">
            {t('workflows.form.binding')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('workflows.form.binding.help')}
          </Typography>
          <Flex gap={5} wrap="wrap">
            {SUBJECT_UIDS.map((uid) => (
              <Checkbox
                key={uid}
                checked={contentTypes.includes(uid)}
                onCheckedChange={(checked) =>
                  setContentTypes((all) => (checked === true ? [...all.filter((u) => u !== uid), uid] : all.filter((u) => u !== uid)))
                }
              >
                {t(`type.${SUBJECT_TYPES[uid]}`)}
              </Checkbox>
            ))}
          </Flex>
          {columns ? (
            <Field.Root name="columns" hint={t('workflows.form.columns.hint')}>
              <Field.Label>{t('workflows.form.columns')}</Field.Label>
              <MultiSelect
                value={columnIds.map(String)}
                withTags
                placeholder={t('workflows.form.columns.placeholder')}
                onChange={(values) => setColumnIds(values.map(Number))}
                onClear={() => setColumnIds([])}
                clearLabel={t('action.clear')}
              >
                {columns.map((column) => (
                  <MultiSelectOption key={column.id} value={String(column.id)}>
                    {`${column.name} (#${column.id})`}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Hint />
            </Field.Root>
          ) : (
            <Field.Root name="columns" hint={t('workflows.form.column-ids.hint')}>
              <Field.Label>{t('workflows.form.column-ids')}</Field.Label>
              <TextInput value={columnText} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setColumnText(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          )}
        </Flex>
      </Flex>
    </FormModal>
  );
};
