import { DatePicker, Field } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useT } from '../utils/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD (a calendar day, no time zone) ↔ the picker's Date at local midnight. */
const toDate = (day: string): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
};
const toDay = (date: Date | undefined): string => (date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : '');

export interface DateFieldProps {
  name: string;
  label: string;
  /** YYYY-MM-DD or '' */
  value: string;
  onChange: (day: string) => void;
  error?: string;
  hint?: string;
}

/** A calendar day (生效期) with Strapi's date picker, in the interface language. */
export const DateField = ({ name, label, value, onChange, error, hint }: DateFieldProps) => {
  const t = useT();
  const { locale } = useIntl();
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <DatePicker
        locale={locale}
        value={toDate(value)}
        onChange={(date) => onChange(toDay(date))}
        onClear={() => onChange('')}
        clearLabel={t('filter.clear-one')}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};
