import * as React from 'react';

import { Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { errorMessage, isChinese, saveBlob } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import type { ExportFormat, ExportHeaders } from '../../types';
import { useT } from '../../utils/i18n';

/** Download the current table as XLSX or CSV, with English or Chinese headers (it imports back as is). */
export const ExportPanel = () => {
  const t = useT();
  const api = useApi();
  const { locale } = useIntl();
  const { toggleNotification } = useNotification();
  const [headers, setHeaders] = React.useState<ExportHeaders>(isChinese(locale) ? 'zh' : 'en');
  const [working, setWorking] = React.useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    setWorking(format);
    try {
      const { blob, filename } = await api.exportTable(format, headers);
      saveBlob(blob, filename);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) ?? t('error.unknown') });
    } finally {
      setWorking(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography textColor="neutral700">{t('export.help')}</Typography>
      <Field.Root name="headers" hint={t('export.headers.hint')}>
        <Field.Label>{t('export.headers')}</Field.Label>
        <SingleSelect value={headers} onChange={(value) => setHeaders(value === 'en' ? 'en' : 'zh')}>
          <SingleSelectOption value="zh">{t('export.headers.zh')}</SingleSelectOption>
          <SingleSelectOption value="en">{t('export.headers.en')}</SingleSelectOption>
        </SingleSelect>
        <Field.Hint />
      </Field.Root>
      <Flex gap={2} wrap="wrap">
        <Button startIcon={<Download />} onClick={() => download('xlsx')} loading={working === 'xlsx'} disabled={working !== null}>
          {t('export.xlsx')}
        </Button>
        <Button variant="secondary" startIcon={<Download />} onClick={() => download('csv')} loading={working === 'csv'} disabled={working !== null}>
          {t('export.csv')}
        </Button>
      </Flex>
    </Flex>
  );
};
