import { DEFAULT_CONFIG, OverdueConfigError, configErrors, validateConfig } from './config';

const errorsOf = (value: unknown): string[] => {
  try {
    validateConfig(value);
  } catch (error) {
    if (error instanceof OverdueConfigError) return error.errors;
    throw error;
  }
  throw new Error('validateConfig accepted the value');
};

describe('DEFAULT_CONFIG', () => {
  it('carries the numbers of the seeds and the national indicators', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      topicStaleDays: 7,
      categoryLimits: {
        news: { unit: 'week', count: 2 },
        notice: { unit: 'month', count: 6 },
        policy: { unit: 'month', count: 6 },
        'personnel-plan': { unit: 'year', count: 1 },
      },
      inquiryDeadlines: {
        consultation: { unit: 'working-day', count: 5 },
        'error-report': { unit: 'working-day', count: 3 },
        'enterprise-complaint': { unit: 'working-day', count: 7 },
        'disclosure-request': { unit: 'working-day', count: 15 },
        survey: null,
      },
      inquiryStaleMonths: 3,
      quota: { perKind: { county: 20, district: 20, 'municipal-department': 5 } },
      veto: { newsNoticeLimit: 5, longStaleLimit: 10, blankLimit: 5, inquiryLimit: 1 },
    });
  });
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.veto.newsStale)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.inquiryStaleChannels)).toBe(true);
  });
});

describe('validateConfig', () => {
  it('gives the defaults for undefined, null and {}', () => {
    expect(validateConfig(undefined)).toEqual(DEFAULT_CONFIG);
    expect(validateConfig(null)).toEqual(DEFAULT_CONFIG);
    expect(validateConfig({})).toEqual(DEFAULT_CONFIG);
  });
  it('returns a fresh copy: changing it leaves the defaults alone', () => {
    const config = validateConfig({});
    config.veto.newsStale.count = 99;
    config.inquiryStaleChannels.pop();
    expect(DEFAULT_CONFIG.veto.newsStale.count).toBe(2);
    expect(DEFAULT_CONFIG.inquiryStaleChannels).toHaveLength(6);
  });
  it('merges nested settings key by key, and null removes a limit, a deadline or a quota', () => {
    const config = validateConfig({
      veto: { blankLimit: 3 },
      categoryLimits: { news: { unit: 'day', count: 10 }, policy: null, topic: { unit: 'week', count: 1 } },
      inquiryDeadlines: { consultation: null, survey: { unit: 'day', count: 30 } },
      quota: { perKind: { district: null, 'stationed-unit': 2 } },
      interpretationLookbackDays: null,
    });
    expect(config.veto).toEqual({ ...DEFAULT_CONFIG.veto, blankLimit: 3 });
    expect(config.categoryLimits).toEqual({
      news: { unit: 'day', count: 10 },
      notice: { unit: 'month', count: 6 },
      'personnel-plan': { unit: 'year', count: 1 },
      interaction: { unit: 'month', count: 3 },
      topic: { unit: 'week', count: 1 },
    });
    expect(config.inquiryDeadlines.consultation).toBeNull();
    expect(config.inquiryDeadlines.survey).toEqual({ unit: 'day', count: 30 });
    expect(config.inquiryDeadlines['error-report']).toEqual({ unit: 'working-day', count: 3 });
    expect(config.quota.perKind).toEqual({ county: 20, 'municipal-department': 5, 'stationed-unit': 2 });
    expect(config.interpretationLookbackDays).toBeNull();
  });
  it('names each problem by its path, all at once', () => {
    expect(
      errorsOf({
        topicStaleDays: 1.5,
        inquiryDeadlines: { consultation: { unit: 'week', count: 0 } },
        categoryLimits: { gossip: { unit: 'week', count: 1 } },
        veto: { blankLimit: '5', inquiryChannels: ['consultation', 'fax'] },
        escalateAfterDay: 3,
      }),
    ).toEqual([
      'escalateAfterDay: unknown setting (known: topicStaleDays, blankGraceDays, categoryLimits, inquiryDeadlines, inquiryStaleMonths, inquiryStaleChannels, ignoredInquiryStatuses, interpretationWorkingDays, interpretationLookbackDays, quota, escalateAfterDays, veto)',
      'topicStaleDays: must be a whole number from 1 to 365 (got 1.5)',
      'categoryLimits.gossip: unknown setting (known: news, notice, policy, personnel-plan, interaction, topic, profile, other)',
      'inquiryDeadlines.consultation.unit: must be one of working-day, day, hour (got "week")',
      'inquiryDeadlines.consultation.count: must be a whole number from 1 to 999 (got 0)',
      'veto.blankLimit: must be a whole number from 1 to 10000 (got "5")',
      'veto.inquiryChannels[1]: must be one of consultation, petition, enterprise-complaint, error-report, disclosure-request, survey (got "fax")',
    ]);
  });
  it('throws one error whose message lists the problems', () => {
    expect(() => validateConfig({ quota: { reportUntilDay: 31 } })).toThrow(OverdueConfigError);
    expect(() => validateConfig({ quota: { reportUntilDay: 31 } })).toThrow(/quota\.reportUntilDay: must be a whole number from 0 to 15 \(got 31\)/);
  });
  it.each([
    ['a string', 'yes', '(config): must be an object (got "yes")'],
    ['an array', [], '(config): must be an object (got [])'],
    ['veto not an object', { veto: 5 }, 'veto: must be an object (got 5)'],
    ['an empty status', { ignoredInquiryStatuses: ['invalid', ''] }, 'ignoredInquiryStatuses: must be a list of non-empty strings (got ["invalid",""])'],
    ['a bad period', { veto: { homepageStale: '2 weeks' } }, 'veto.homepageStale: must be { unit: day | week | month | year, count: 1–999 } (got "2 weeks")'],
  ])('rejects %s', (_name, value, message) => {
    expect(configErrors(value)).toEqual([message]);
  });
  it('reports no errors for a valid partial config', () => {
    expect(configErrors({ blankGraceDays: 0, veto: { longOverdueDays: 0 }, inquiryStaleChannels: ['consultation'] })).toEqual([]);
  });
  it('refuses dueSoonDays: the responsibility plugin holds that one setting', () => {
    expect(configErrors({ dueSoonDays: 5 })[0]).toMatch(/^dueSoonDays: unknown setting/);
  });
});
