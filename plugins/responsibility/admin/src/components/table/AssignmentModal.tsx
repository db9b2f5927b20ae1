import * as React from 'react';

import {
  Combobox,
  ComboboxOption,
  Field,
  Flex,
  Grid,
  Modal,
  MultiSelect,
  MultiSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';

import { errorFields, errorMessage, FormError, FormModalBody, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import { DateField } from '../DateField';
import { GUARANTEE_METHODS, type Assignment, type AssignmentInput, type ColumnStatus, type GuaranteeMethod, type Owners } from '../../types';
import { pathText, useT } from '../../utils/i18n';

/** What the modal edits: an existing row, or a new row (for a given column, or one to choose). */
export type AssignmentModalTarget = { kind: 'edit'; assignment: Assignment } | { kind: 'create'; column?: ColumnStatus };

export interface AssignmentModalProps {
  target: AssignmentModalTarget;
  owners: Owners | undefined;
  onClose: () => void;
  onSaved: () => void;
}

interface FormState {
  columnId: number | null;
  content: string;
  unitIds: string[];
  groupIds: string[];
  methods: GuaranteeMethod[];
  frequencyText: string;
  note: string;
  effectiveFrom: string;
  effectiveTo: string;
}

type FormField = keyof FormState;

const initialState = (target: AssignmentModalTarget): FormState => {
  if (target.kind === 'create') {
    return {
      columnId: target.column?.id ?? null,
      content: '',
      unitIds: [],
      groupIds: [],
      methods: [],
      frequencyText: '',
      note: '',
      effectiveFrom: '',
      effectiveTo: '',
    };
  }
  const a = target.assignment;
  return {
    columnId: a.column?.id ?? null,
    content: a.content ?? '',
    unitIds: a.units.map((u) => String(u.id)),
    groupIds: a.unitGroups.map((g) => String(g.id)),
    methods: [...a.methods],
    frequencyText: a.frequencyText ?? '',
    note: a.note ?? '',
    effectiveFrom: a.effectiveFrom ?? '',
    effectiveTo: a.effectiveTo ?? '',
  };
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The request body: for an edit, only what changed — sending the units rewrites the row's 保障单位 text
 * from the chosen names, so an untouched cell keeps its wording. Units and groups go together: the
 * server writes the cell from both.
 */
const toInput = (form: FormState, initial: FormState, isEdit: boolean): AssignmentInput => {
  const input: AssignmentInput = {};
  const changed = (field: FormField) => !isEdit || JSON.stringify(form[field]) !== JSON.stringify(initial[field]);
  if (!isEdit && form.columnId !== null) input.columnId = form.columnId;
  if (changed('content') && (isEdit || form.content.trim())) input.content = orNull(form.content);
  if (!isEdit ? form.unitIds.length + form.groupIds.length > 0 : !sameSet(form.unitIds, initial.unitIds) || !sameSet(form.groupIds, initial.groupIds)) {
    input.unitIds = form.unitIds.map(Number);
    input.unitGroupIds = form.groupIds.map(Number);
  }
  if (!isEdit || !sameSet(form.methods, initial.methods)) input.methods = form.methods;
  if (changed('frequencyText') && (isEdit || form.frequencyText.trim())) input.frequencyText = form.frequencyText.trim();
  if (changed('note') && (isEdit || form.note.trim())) input.note = orNull(form.note);
  if (changed('effectiveFrom') && (isEdit || form.effectiveFrom)) input.effectiveFrom = form.effectiveFrom || null;
  if (changed('effectiveTo') && (isEdit || form.effectiveTo)) input.effectiveTo = form.effectiveTo || null;
  return input;
};

/** Server field names (details.errors[].path) → the form's fields. */
const SERVER_FIELDS: Record<string, FormField> = {
  columnId: 'columnId',
  content: 'content',
  unitIds: 'unitIds',
  unitGroupIds: 'groupIds',
  methods: 'methods',
  frequencyText: 'frequencyText',
  note: 'note',
  effectiveFrom: 'effectiveFrom',
  effectiveTo: 'effectiveTo',
};

const ColumnPicker = ({ value, onChange, error }: { value: number | null; onChange: (id: number | null) => void; error?: string }) => {
  const t = useT();
  const api = useApi();
  const columns = useLoader((signal) => api.columns(signal), [api]);
  return (
    <Field.Root name="columnId" error={error ?? columns.error ?? undefined} required hint={t('form.column.hint')}>
      <Field.Label>{t('form.column')}</Field.Label>
      <Combobox
        value={value ? String(value) : ''}
        onChange={(next) => onChange(next ? Number(next) : null)}
        onClear={() => onChange(null)}
        clearLabel={t('filter.clear-one')}
        placeholder={t('form.column.placeholder')}
        loading={columns.isLoading}
        loadingMessage={t('state.loading')}
        noOptionsMessage={() => t('filter.no-match')}
      >
        {(columns.data ?? []).map((column) => (
          <ComboboxOption key={column.id} value={String(column.id)}>
            {pathText(column.path)}
            {column.unassigned ? ` · ${t('table.unassigned')}` : ''}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};

const AssignmentForm = ({ target, owners, onClose, onSaved }: AssignmentModalProps) => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const isEdit = target.kind === 'edit';
  const [initial] = React.useState(() => initialState(target));
  const [form, setForm] = React.useState<FormState>(initial);
  const [errors, setErrors] = React.useState<Partial<Record<FormField, string>>>({});
  const [serverError, setServerError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);

  const set = <K extends FormField>(field: K, value: FormState[K]) => {
    setForm((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => ({ ...prev, [field]: undefined }));
  };

  const columnPath =
    target.kind === 'edit' ? target.assignment.column?.path ?? [] : target.column ? target.column.path : null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<FormField, string>> = {};
    if (form.columnId === null) missing.columnId = t('form.required.column');
    if (form.methods.length === 0) missing.methods = t('form.required.methods');
    if (form.effectiveFrom && form.effectiveTo && form.effectiveFrom > form.effectiveTo) missing.effectiveTo = t('form.effective.order');
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    const input = toInput(form, initial, isEdit);
    if (isEdit && Object.keys(input).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setServerError(null);
    try {
      if (target.kind === 'edit') await api.updateAssignment(target.assignment.id, input);
      else await api.createAssignment({ ...input, columnId: form.columnId! });
      toggleNotification({ type: 'success', message: t(isEdit ? 'form.saved' : 'form.created') });
      onSaved();
    } catch (error) {
      // Keep everything the user typed; show the server's message as it is.
      const message = errorMessage(error) ?? t('error.unknown');
      const fields = errorFields(error).flatMap((name) => (SERVER_FIELDS[name] ? [SERVER_FIELDS[name]] : []));
      if (fields.length > 0) setErrors(Object.fromEntries(fields.map((f) => [f, message])));
      else setServerError(message);
      toggleNotification({ type: 'danger', message });
    } finally {
      setSaving(false);
    }
  };

  const units = owners?.units ?? [];
  const groups = owners?.groups ?? [];

  return (
    <FormModalBody
      title={t(isEdit ? 'form.title.edit' : 'form.title.create')}
      submitLabel={t('action.save')}
      saving={saving}
      onSubmit={submit}
      closeLabel={t('action.close')}
      cancelLabel={t('action.cancel')}
    >
      <Flex direction="column" alignItems="stretch" gap={5}>
        <FormError message={serverError} />
        {columnPath ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="pi" fontWeight="bold">
              {t('form.column')}
            </Typography>
            <Typography>{pathText(columnPath)}</Typography>
          </Flex>
        ) : (
          <ColumnPicker value={form.columnId} onChange={(id) => set('columnId', id)} error={errors.columnId} />
        )}
        <Field.Root name="content" error={errors.content}>
          <Field.Label>{t('form.content')}</Field.Label>
          <Textarea value={form.content} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('content', e.target.value)} />
          <Field.Error />
        </Field.Root>
        <Grid.Root gap={5}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="unitIds" error={errors.unitIds} hint={isEdit ? t('form.units.hint') : undefined}>
              <Field.Label>{t('form.units')}</Field.Label>
              <MultiSelect
                withTags
                value={form.unitIds}
                onChange={(value) => set('unitIds', value)}
                onClear={() => set('unitIds', [])}
                clearLabel={t('filter.clear-one')}
                placeholder={t('form.units.placeholder')}
              >
                {units.map((unit) => (
                  <MultiSelectOption key={unit.id} value={String(unit.id)}>
                    {unit.name}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Error />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="groupIds" error={errors.groupIds} hint={t('form.groups.hint')}>
              <Field.Label>{t('form.groups')}</Field.Label>
              <MultiSelect
                withTags
                value={form.groupIds}
                onChange={(value) => set('groupIds', value)}
                onClear={() => set('groupIds', [])}
                clearLabel={t('filter.clear-one')}
                placeholder={t('form.groups.placeholder')}
              >
                {groups.map((group) => (
                  <MultiSelectOption key={group.id} value={String(group.id)}>
                    {t('form.groups.option', { name: group.name, count: group.memberCount })}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Error />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="methods" error={errors.methods} required>
              <Field.Label>{t('form.methods')}</Field.Label>
              <MultiSelect
                withTags
                value={form.methods}
                onChange={(value) => set('methods', GUARANTEE_METHODS.filter((m) => value.includes(m)))}
                placeholder={t('form.methods.placeholder')}
              >
                {GUARANTEE_METHODS.map((method) => (
                  <MultiSelectOption key={method} value={method}>
                    {t(`method.${method}`)}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="frequencyText" error={errors.frequencyText} hint={t('form.frequency.hint')}>
              <Field.Label>{t('form.frequency')}</Field.Label>
              <TextInput value={form.frequencyText} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('frequencyText', e.target.value)} />
              <Field.Error />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <DateField
              name="effectiveFrom"
              label={t('form.effective-from')}
              value={form.effectiveFrom}
              onChange={(day) => set('effectiveFrom', day)}
              error={errors.effectiveFrom}
              hint={t('form.effective.hint')}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <DateField name="effectiveTo" label={t('form.effective-to')} value={form.effectiveTo} onChange={(day) => set('effectiveTo', day)} error={errors.effectiveTo} />
          </Grid.Item>
        </Grid.Root>
        <Field.Root name="note" error={errors.note}>
          <Field.Label>{t('form.note')}</Field.Label>
          <Textarea value={form.note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('note', e.target.value)} />
          <Field.Error />
        </Field.Root>
      </Flex>
    </FormModalBody>
  );
};

/** Edit a row of the table (保障单位, 单位组, 保障方式, 保障时限, 备注 …) or add one. */
export const AssignmentModal = (props: AssignmentModalProps) => (
  <Modal.Root open onOpenChange={(open) => (open ? undefined : props.onClose())}>
    <Modal.Content>
      <AssignmentForm {...props} />
    </Modal.Content>
  </Modal.Root>
);
