import * as React from 'react';

import {
  Badge,
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  IconButton,
  Searchbar,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Pencil, Plus, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { ConfirmAction, errorMessage, FormError, useLoader, useSave } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { FormModal } from '../components/FormModal';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { usePermissions } from '../hooks/usePermissions';
import { WORD_LISTS, type SensitiveWord, type WordList } from '../types';
import { useT } from '../utils/i18n';

const LIST_BADGE: Record<WordList, { background: 'danger100' | 'warning100'; text: 'danger700' | 'warning700' }> = {
  banned: { background: 'danger100', text: 'danger700' },
  suspect: { background: 'warning100', text: 'warning700' },
};

export const ListBadge = ({ list }: { list: WordList }) => {
  const t = useT();
  return (
    <Badge backgroundColor={LIST_BADGE[list].background} textColor={LIST_BADGE[list].text}>
      {t(`words.list.${list}`)}
    </Badge>
  );
};

interface WordModalProps {
  word: SensitiveWord | null;
  defaultList: WordList;
  onClose: () => void;
  onSaved: () => void;
}

/** Add or edit one word: the word, its list (禁用词 refuses submission, 可疑词 warns reviewers), a note. */
const WordModal = ({ word, defaultList, onClose, onSaved }: WordModalProps) => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const [text, setText] = React.useState(word?.word ?? '');
  const [list, setList] = React.useState<WordList>(word?.list ?? defaultList);
  const [note, setNote] = React.useState(word?.note ?? '');
  const [error, setError] = React.useState<string | undefined>();
  const { saving, serverError, save } = useSave(t('error.unknown'));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setError(t('form.required'));
      return;
    }
    await save(async () => {
      const input = { word: value, list, note: note.trim() || null };
      if (word) await api.updateWord(word.id, input);
      else await api.addWord(input);
      toggleNotification({ type: 'success', message: t(word ? 'words.saved' : 'words.added') });
      onSaved();
    });
  };

  return (
    <FormModal title={t(word ? 'words.form.edit' : 'words.form.add')} submitLabel={t('action.save')} saving={saving} onSubmit={submit} onClose={onClose}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <FormError message={serverError} />
        <Field.Root name="word" required error={error}>
          <Field.Label>{t('words.form.word')}</Field.Label>
          <TextInput
            value={text}
            maxLength={100}
            autoFocus
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
              setText(e.target.value);
              setError(undefined);
            }}
          />
          <Field.Error />
        </Field.Root>
        <Field.Root name="list" required hint={t(`words.list.${list}.help`)}>
          <Field.Label>{t('words.form.list')}</Field.Label>
          <SingleSelect value={list} onChange={(value) => setList(value === 'banned' ? 'banned' : 'suspect')}>
            {WORD_LISTS.map((l) => (
              <SingleSelectOption key={l} value={l}>
                {t(`words.list.${l}`)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
        <Field.Root name="note" hint={t('words.form.note.hint')}>
          <Field.Label>{t('words.form.note')}</Field.Label>
          <TextInput value={note} maxLength={255} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNote(e.target.value)} />
          <Field.Hint />
        </Field.Root>
      </Flex>
    </FormModal>
  );
};

/** 错敏词库: the banned and suspect words, searched, added, edited and deleted. */
export const WordsPage = () => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const { canManageSettings } = usePermissions();
  const words = useLoader((signal) => api.words(signal), [api]);
  const [filter, setFilter] = React.useState<WordList | 'all'>('all');
  const [search, setSearch] = React.useState('');
  const [editing, setEditing] = React.useState<SensitiveWord | 'new' | null>(null);
  const [deleting, setDeleting] = React.useState<SensitiveWord | null>(null);

  const all = words.data ?? [];
  const counts = { banned: all.filter((w) => w.list === 'banned').length, suspect: all.filter((w) => w.list === 'suspect').length };
  const needle = search.trim().toLowerCase();
  const shown = all.filter(
    (w) => (filter === 'all' || w.list === filter) && (!needle || w.word.toLowerCase().includes(needle) || (w.note ?? '').toLowerCase().includes(needle)),
  );

  const remove = async (word: SensitiveWord) => {
    setDeleting(null);
    try {
      await api.deleteWord(word.id);
      toggleNotification({ type: 'success', message: t('words.deleted', { word: word.word }) });
      words.reload();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) ?? t('error.unknown') });
    }
  };

  return (
    <PluginPage
      page="words"
      title={t('words.title')}
      subtitle={words.data ? t('words.subtitle', { banned: counts.banned, suspect: counts.suspect }) : undefined}
      busy={words.isLoading}
      primaryAction={
        canManageSettings ? (
          <Button startIcon={<Plus />} onClick={() => setEditing('new')}>
            {t('words.add')}
          </Button>
        ) : undefined
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography textColor="neutral600">{t('words.help')}</Typography>
        <Flex gap={3} wrap="wrap" alignItems="flex-end">
          <Box width="20rem">
            <Field.Root name="filter">
              <Field.Label>{t('words.filter')}</Field.Label>
              <SingleSelect value={filter} onChange={(value) => setFilter(value === 'banned' || value === 'suspect' ? value : 'all')}>
                <SingleSelectOption value="all">{t('words.filter.all', { count: all.length })}</SingleSelectOption>
                <SingleSelectOption value="banned">{t('words.filter.banned', { count: counts.banned })}</SingleSelectOption>
                <SingleSelectOption value="suspect">{t('words.filter.suspect', { count: counts.suspect })}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box width="28rem">
            <Searchbar
              name="search"
              value={search}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearch(e.target.value)}
              onClear={() => setSearch('')}
              clearLabel={t('action.clear')}
              placeholder={t('words.search')}
              size="M"
            >
              {t('words.search')}
            </Searchbar>
          </Box>
        </Flex>
        {words.error ? <LoadError message={words.error} onRetry={words.reload} /> : null}
        {words.data === undefined && words.isLoading ? (
          <Loading />
        ) : null}
        {words.data && shown.length === 0 ? <EmptyStateLayout content={t(all.length === 0 ? 'words.empty' : 'words.no-match')} icon={<Box />} /> : null}
        {shown.length > 0 ? (
          <Table colCount={4} rowCount={shown.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('words.col.word')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('words.col.list')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('words.col.note')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('words.col.actions')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {shown.map((word) => (
                <Tr key={word.id}>
                  <Td>
                    <Typography fontWeight="semiBold">{word.word}</Typography>
                  </Td>
                  <Td>
                    <ListBadge list={word.list} />
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Typography textColor="neutral600">{word.note ?? ''}</Typography>
                  </Td>
                  <Td>
                    {canManageSettings ? (
                      <Flex gap={1}>
                        <IconButton label={t('words.edit', { word: word.word })} variant="ghost" onClick={() => setEditing(word)}>
                          <Pencil />
                        </IconButton>
                        <IconButton label={t('words.delete', { word: word.word })} variant="ghost" onClick={() => setDeleting(word)}>
                          <Trash />
                        </IconButton>
                      </Flex>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </Flex>
      {editing ? (
        <WordModal
          word={editing === 'new' ? null : editing}
          defaultList={filter === 'banned' ? 'banned' : 'suspect'}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            words.reload();
          }}
        />
      ) : null}
      <ConfirmAction
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('words.delete.title')}
        body={deleting ? t('words.delete.body', { word: deleting.word }) : ''}
        confirmLabel={t('action.delete')}
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </PluginPage>
  );
};
