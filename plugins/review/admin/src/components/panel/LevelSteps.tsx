import { Box, Flex, Typography } from '@strapi/design-system';
import { CheckCircle, Clock, CrossCircle } from '@strapi/icons';

import { useBilingual, useDateFormatters } from '@content-assurance/kit/admin';

import type { ReviewState, StateDecision } from '../../types';
import { useT } from '../../utils/i18n';

type StepState = 'approved' | 'rejected' | 'current' | 'pending' | 'skipped';

const Dot = () => (
  <Box
    width="1.6rem"
    height="1.6rem"
    hasRadius
    borderColor="neutral300"
    borderStyle="solid"
    borderWidth="2px"
    background="neutral0"
    style={{ borderRadius: '50%' }}
  />
);

const StepIcon = ({ step }: { step: StepState }) => {
  if (step === 'approved') return <CheckCircle fill="success600" width="1.6rem" height="1.6rem" aria-hidden />;
  if (step === 'rejected') return <CrossCircle fill="danger600" width="1.6rem" height="1.6rem" aria-hidden />;
  if (step === 'current') return <Clock fill="primary600" width="1.6rem" height="1.6rem" aria-hidden />;
  return <Dot />;
};

/**
 * The levels of the current round, top to bottom: signed ones with the signer, the time and the
 * opinion; the one awaiting a decision; those to come.
 */
export const LevelSteps = ({ state }: { state: ReviewState }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { dateTime } = useDateFormatters();
  if (state.levels.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.levels.none')}
      </Typography>
    );
  }
  const decisionOf = (key: string): StateDecision | undefined => [...state.decisions].reverse().find((d) => d.levelKey === key && d.round === state.round);
  const withdrawn = state.status === 'draft' && state.returned === null;

  return (
    <Flex direction="column" alignItems="stretch" gap={0} tag="ol" aria-label={t('panel.levels.label')}>
      {state.levels.map((level, index) => {
        const decision = decisionOf(level.key);
        let step: StepState = 'pending';
        if (decision) step = decision.decision === 'approve' ? 'approved' : 'rejected';
        else if (state.levelIndex === index) step = 'current';
        else if (withdrawn || state.returned) step = 'skipped';
        const last = index === state.levels.length - 1;
        return (
          <Flex key={level.key} tag="li" gap={2} alignItems="stretch">
            <Flex direction="column" alignItems="center" gap={0} paddingTop={1}>
              <StepIcon step={step} />
              {last ? null : <Box flex="1" width="2px" background={step === 'approved' ? 'success200' : 'neutral200'} marginTop={1} />}
            </Flex>
            <Flex direction="column" alignItems="flex-start" gap={1} paddingBottom={last ? 0 : 3} minWidth={0} flex="1">
              <Flex gap={2} wrap="wrap">
                <Typography
                  fontWeight={step === 'current' ? 'bold' : 'semiBold'}
                  textColor={step === 'pending' || step === 'skipped' ? 'neutral600' : 'neutral800'}
                >
                  {t('panel.levels.item', { n: index + 1, name: bilingual(level.name) })}
                </Typography>
                {step === 'current' ? (
                  <Typography variant="pi" textColor="primary600" fontWeight="bold">
                    {t('panel.levels.current')}
                  </Typography>
                ) : null}
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                {t(`duty.${level.duty}`)}
              </Typography>
              {decision ? (
                <>
                  <Typography variant="pi" textColor={decision.decision === 'approve' ? 'success700' : 'danger700'}>
                    {t(decision.decision === 'approve' ? 'panel.levels.signed' : 'panel.levels.rejected', {
                      name: decision.actor.name,
                      at: dateTime(decision.at),
                    })}
                  </Typography>
                  {decision.opinion ? (
                    <Box background="neutral100" hasRadius paddingLeft={2} paddingRight={2} paddingTop={1} paddingBottom={1} maxWidth="100%">
                      <Typography variant="pi" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {t('panel.levels.opinion', { opinion: decision.opinion })}
                      </Typography>
                    </Box>
                  ) : null}
                </>
              ) : null}
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
};
