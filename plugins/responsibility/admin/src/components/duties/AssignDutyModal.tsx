import * as React from 'react';

import { Box, Combobox, ComboboxOption, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';

import { FormError, useLoader, useSave } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import { DUTIES, type Duty, type Unit } from '../../types';
import { useT } from '../../utils/i18n';
import { FormModal } from '../FormModal';

export interface AssignDutyModalProps {
  units: Unit[];
  /** Pre-chosen duty and unit (from a cell of the 备案表). */
  initial?: { duty?: Duty; unitId?: number | null };
  onClose: () => void;
  onAssigned: () => void;
}

/** 登记人员 (附件3 备案表): a duty, the unit (none for 网站管理员), the person — their admin account if they have one, name, title, mobile, email. */
export const AssignDutyModal = ({ units, initial, onClose, onAssigned }: AssignDutyModalProps) => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const users = useLoader((signal) => api.adminUsers(signal), [api]);
  const [duty, setDuty] = React.useState<Duty | null>(initial?.duty ?? null);
  const [unitId, setUnitId] = React.useState<number | null>(initial?.unitId ?? null);
  const [userId, setUserId] = React.useState<number | null>(null);
  const [note, setNote] = React.useState('');
  const [person, setPerson] = React.useState({ name: '', title: '', mobile: '', email: '' });
  const setField = (key: keyof typeof person) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    setPerson((p) => ({ ...p, [key]: value }));
    if (key === 'name') setErrors((x) => ({ ...x, user: undefined }));
  };
  const [errors, setErrors] = React.useState<{ duty?: string; unit?: string; user?: string }>({});
  const { saving, serverError, save } = useSave(t('error.unknown'));
  const siteWide = duty === 'site-administrator';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: typeof errors = {};
    if (!duty) missing.duty = t('duties.form.required.duty');
    if (!siteWide && unitId === null) missing.unit = t('duties.form.required.unit');
    if (userId === null && !person.name.trim()) missing.user = t('duties.form.required.person');
    setErrors(missing);
    if (Object.keys(missing).length > 0 || !duty) return;
    await save(async () => {
      const text = (value: string) => value.trim() || null;
      await api.assignDuty({
        duty,
        unitId: siteWide ? null : unitId,
        userId,
        name: text(person.name),
        title: text(person.title),
        mobile: text(person.mobile),
        email: text(person.email),
        note: text(note),
      });
      toggleNotification({ type: 'success', message: t('duties.assigned') });
      onAssigned();
    });
  };

  return (
    <FormModal title={t('duties.form.title')} submitLabel={t('duties.form.submit')} saving={saving} onSubmit={submit} onClose={onClose}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <FormError message={serverError} />
        <Field.Root name="duty" error={errors.duty} required>
          <Field.Label>{t('duties.form.duty')}</Field.Label>
          <SingleSelect
            value={duty ?? ''}
            placeholder={t('duties.form.duty.placeholder')}
            onChange={(value) => {
              setDuty(DUTIES.find((d) => d === value) ?? null);
              setErrors((e) => ({ ...e, duty: undefined }));
            }}
          >
            {DUTIES.map((d) => (
              <SingleSelectOption key={d} value={d}>
                {t(`duty.${d}`)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Error />
        </Field.Root>
        <Field.Root name="unit" error={errors.unit} required={!siteWide} hint={siteWide ? t('duties.form.unit.site-wide') : undefined}>
          <Field.Label>{t('duties.form.unit')}</Field.Label>
          <Combobox
            disabled={siteWide}
            value={!siteWide && unitId ? String(unitId) : ''}
            placeholder={siteWide ? t('duties.site') : t('duties.form.unit.placeholder')}
            onChange={(value) => {
              setUnitId(value ? Number(value) : null);
              setErrors((e) => ({ ...e, unit: undefined }));
            }}
            onClear={() => setUnitId(null)}
            clearLabel={t('filter.clear-one')}
            noOptionsMessage={() => t('filter.no-match')}
          >
            {units.map((unit) => (
              <ComboboxOption key={unit.id} value={String(unit.id)}>
                {unit.name}
              </ComboboxOption>
            ))}
          </Combobox>
          <Field.Error />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="user" error={errors.user ?? users.error ?? undefined} hint={t('duties.form.user.optional-hint')}>
          <Field.Label>{t('duties.form.user')}</Field.Label>
          <Combobox
            value={userId ? String(userId) : ''}
            placeholder={t('duties.form.user.placeholder')}
            loading={users.isLoading}
            loadingMessage={t('state.loading')}
            onChange={(value) => {
              setUserId(value ? Number(value) : null);
              setErrors((e) => ({ ...e, user: undefined }));
            }}
            onClear={() => setUserId(null)}
            clearLabel={t('filter.clear-one')}
            noOptionsMessage={() => t('filter.no-match')}
          >
            {(users.data ?? []).map((user) => (
              <ComboboxOption key={user.id} value={String(user.id)}>
                {t(user.isActive ? 'duties.form.user.option' : 'duties.form.user.option-inactive', { name: user.name, email: user.email })}
              </ComboboxOption>
            ))}
          </Combobox>
          <Field.Error />
          <Field.Hint />
        </Field.Root>
        <Flex gap={3} wrap="wrap" alignItems="flex-start">
          <Box flex="1" minWidth="12rem">
            <Field.Root name="name" required={userId === null}>
              <Field.Label>{t('duties.form.name')}</Field.Label>
              <TextInput value={person.name} maxLength={50} onChange={setField('name')} />
            </Field.Root>
          </Box>
          <Box flex="1" minWidth="12rem">
            <Field.Root name="title">
              <Field.Label>{t('duties.form.title-field')}</Field.Label>
              <TextInput value={person.title} maxLength={100} onChange={setField('title')} />
            </Field.Root>
          </Box>
        </Flex>
        <Flex gap={3} wrap="wrap" alignItems="flex-start">
          <Box flex="1" minWidth="12rem">
            <Field.Root name="mobile">
              <Field.Label>{t('duties.form.mobile')}</Field.Label>
              <TextInput value={person.mobile} maxLength={20} inputMode="tel" onChange={setField('mobile')} />
            </Field.Root>
          </Box>
          <Box flex="1" minWidth="12rem">
            <Field.Root name="email" hint={t('duties.form.email.hint')}>
              <Field.Label>{t('duties.form.email')}</Field.Label>
              <TextInput value={person.email} maxLength={255} type="email" onChange={setField('email')} />
              <Field.Hint />
            </Field.Root>
          </Box>
        </Flex>
        <Field.Root name="note">
          <Field.Label>{t('duties.form.note')}</Field.Label>
          <TextInput value={note} maxLength={255} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNote(e.target.value)} />
        </Field.Root>
      </Flex>
    </FormModal>
  );
};
