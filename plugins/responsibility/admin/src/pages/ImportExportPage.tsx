import * as React from 'react';

import { Box, Button, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';

import { HeadText } from '../components/Cells';
import { ExportPanel } from '../components/import-export/ExportPanel';
import { ImportDialog } from '../components/import-export/ImportDialog';
import { PluginPage } from '../components/PluginPage';
import { usePermissions } from '../hooks/usePermissions';
import { TABLE_FIELDS } from '../types';
import { useT } from '../utils/i18n';

const Card = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" shadow="tableShadow" hasRadius padding={6} height="100%">
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/** The file's columns, English and Chinese headers. */
const FormatTable = () => {
  const t = useT();
  return (
    <Table colCount={3} rowCount={TABLE_FIELDS.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('format.col.en')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('format.col.zh')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('format.col.meaning')}</HeadText>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {TABLE_FIELDS.map((field) => (
          <Tr key={field}>
            <Td>
              <Typography fontWeight="bold">{field}</Typography>
            </Td>
            <Td>
              <Typography>{t(`format.zh.${field}`)}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral600">{t(`format.meaning.${field}`)}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** 导入 / 导出: import a table file with a dry run first; export the table. */
export const ImportExportPage = () => {
  const t = useT();
  const { canManage } = usePermissions();
  const [importing, setImporting] = React.useState(false);
  return (
    <PluginPage page="import-export" title={t('import-export.title')} subtitle={t('import-export.subtitle')}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Grid.Root gap={6}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Card title={t('import.card')}>
              <Typography textColor="neutral700">{t('import.card.help')}</Typography>
              {canManage ? (
                <Box>
                  <Button startIcon={<Upload />} onClick={() => setImporting(true)}>
                    {t('import.open')}
                  </Button>
                </Box>
              ) : (
                <Typography textColor="neutral600">{t('import.no-permission')}</Typography>
              )}
            </Card>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Card title={t('export.card')}>
              <ExportPanel />
            </Card>
          </Grid.Item>
        </Grid.Root>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h2">
            {t('format.title')}
          </Typography>
          <Typography textColor="neutral700">{t('format.help')}</Typography>
          <FormatTable />
        </Flex>
      </Flex>
      {importing ? <ImportDialog onClose={() => setImporting(false)} onImported={() => undefined} /> : null}
    </PluginPage>
  );
};
