import { Flex, Loader } from '@strapi/design-system';

/** The text of the loader, in the interface language ('state.loading' of a plugin). */
export type LoadingTexts = (key: 'state.loading') => string;

/** A page's or a modal's content while it first loads: Strapi's loader, centred. `useTexts` is the plugin's `useT`. */
export const createLoading = (useTexts: () => LoadingTexts) =>
  function Loading() {
    const t = useTexts();
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('state.loading')}</Loader>
      </Flex>
    );
  };
