/**
 * Test fixture: a Deadlines built on the responsibility plugin's own pure deadline functions (the
 * ones the production service calls), with a working-day calendar made from an explicit holiday
 * list instead of chinese-days — so the tests pin the calendar they depend on. Shared by the other
 * test files; its own checks of the calendar run only when this file is the suite being run.
 *
 * Sources are imported across plugins here only: tests are not compiled by the plugin's tsc.
 */
import { createWorkingDayCalendar } from '../../../../responsibility/server/src/domain/calendar';
import { nextDueAt, replyDueAt } from '../../../../responsibility/server/src/domain/deadline';
import { describeFrequency } from '../../../../responsibility/server/src/domain/frequency';
import type { ColumnInput, Deadlines, InquiryInput, PolicyDocumentInput, ScanInput, UnitInput } from './types';

/** National Day 2025 (国办发明电〔2024〕12号) and Spring Festival 2026 (国办发明电〔2025〕7号). */
export const HOLIDAYS = {
  holidays: [
    '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
  ],
  makeUpWorkdays: ['2025-09-28', '2025-10-11', '2026-02-14', '2026-02-28'],
};

const calendar = createWorkingDayCalendar(HOLIDAYS);

export const fakeDeadlines: Deadlines = {
  nextDueAt: (rule, lastPublishedAt, now) => nextDueAt(rule, lastPublishedAt, now, calendar),
  replyDueAt: (rule, receivedAt) => replyDueAt(rule, receivedAt, calendar),
  addWorkingDays: (from, n) => calendar.addWorkingDays(from, n),
  isWorkingDay: (instant) => calendar.isWorkingDay(instant),
  describeRule: (rule) => describeFrequency(rule),
};

/** An instant; write them with +08:00. */
export const at = (iso: string): Date => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`bad test instant ${iso}`);
  return date;
};

/** The end of a Beijing day, as deadlines are. */
export const endOf = (day: string): Date => at(`${day}T23:59:59.999+08:00`);

export const column = (id: number, over: Partial<ColumnInput> = {}): ColumnInput => ({
  id,
  documentId: `col-${id}`,
  name: `栏目${id}`,
  path: ['政务公开', `栏目${id}`],
  parentId: null,
  category: 'other',
  isHomepage: false,
  isChannel: false,
  hasChildren: false,
  active: true,
  openedAt: at('2020-01-01T09:00:00+08:00'),
  unitIds: [101],
  rules: [],
  lastPublishedAt: null,
  publishedCount: 10,
  ...over,
});

export const inquiry = (id: number, over: Partial<InquiryInput> = {}): InquiryInput => ({
  id,
  documentId: `inq-${id}`,
  subject: `留言${id}`,
  channel: 'consultation',
  receivedAt: at('2025-09-30T10:00:00+08:00'),
  assignedUnitId: 101,
  columnId: null,
  repliedAt: null,
  status: 'assigned',
  ...over,
});

export const policyDocument = (articleId: number, over: Partial<PolicyDocumentInput> = {}): PolicyDocumentInput => ({
  articleId,
  articleDocumentId: `art-${articleId}`,
  title: `政策文件${articleId}`,
  columnId: null,
  unitId: 101,
  publishedAt: at('2025-09-30T10:00:00+08:00'),
  interpretationPublishedAt: null,
  ...over,
});

export const unit = (id: number, over: Partial<UnitInput> = {}): UnitInput => ({ id, documentId: `unit-${id}`, name: `单位${id}`, kind: 'county', ...over });

export const scanInput = (over: Partial<ScanInput> = {}): ScanInput => ({
  columns: [],
  units: [],
  inquiries: [],
  policyDocuments: [],
  monthlyCounts: [],
  ...over,
});

if (expect.getState().testPath === __filename) {
  describe('the test calendar (explicit holiday list)', () => {
    const noon = (day: string): Date => at(`${day}T12:00:00+08:00`);
    it('knows National Day 2025 with its make-up Sunday 09-28 and Saturday 10-11', () => {
      expect(fakeDeadlines.isWorkingDay(noon('2025-09-28'))).toBe(true);
      expect(fakeDeadlines.isWorkingDay(noon('2025-10-01'))).toBe(false);
      expect(fakeDeadlines.isWorkingDay(noon('2025-10-08'))).toBe(false);
      expect(fakeDeadlines.isWorkingDay(noon('2025-10-11'))).toBe(true);
      expect(fakeDeadlines.isWorkingDay(noon('2025-10-12'))).toBe(false);
    });
    it('knows Spring Festival 2026 with its make-up Saturdays 02-14 and 02-28', () => {
      expect(fakeDeadlines.isWorkingDay(noon('2026-02-14'))).toBe(true);
      expect(fakeDeadlines.isWorkingDay(noon('2026-02-16'))).toBe(false);
      expect(fakeDeadlines.isWorkingDay(noon('2026-02-23'))).toBe(false);
      expect(fakeDeadlines.isWorkingDay(noon('2026-02-24'))).toBe(true);
      expect(fakeDeadlines.isWorkingDay(noon('2026-02-28'))).toBe(true);
    });
    it('counts working days through a holiday (5 from 2025-09-30 is 10-14)', () => {
      expect(fakeDeadlines.addWorkingDays(at('2025-09-30T10:00:00+08:00'), 5)).toEqual(endOf('2025-10-14'));
    });
  });
}
