import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

/**
 * The content-manager's list view prints an enumeration's stored value ("audio-video"); the edit view and
 * the filters look the value up as a translation id. This hook gives list cells the same name
 * (src/content-manager/labels.ts ENUM_LABELS), so 信息类型 reads 音视频 in both places.
 */

const EnumName = ({ value }: { value: unknown }) => {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <Typography textColor="neutral800">-</Typography>;
  return (
    <Typography textColor="neutral800" ellipsis>
      {formatMessage({ id: value, defaultMessage: value })}
    </Typography>
  );
};

interface Header {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
  [key: string]: unknown;
}

interface ListHookArgs {
  displayedHeaders: Header[];
  layout: unknown;
  [key: string]: unknown;
}

export const withEnumNames = (args: ListHookArgs): ListHookArgs => ({
  ...args,
  displayedHeaders: args.displayedHeaders.map((header) =>
    header.attribute?.type === 'enumeration' && !header.cellFormatter
      ? { ...header, cellFormatter: (row: Record<string, unknown>) => <EnumName value={row[header.name]} /> }
      : header,
  ),
});
