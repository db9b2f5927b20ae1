import type { OverdueConfig } from './config';
import { hasPassed } from './column-rules';
import type { Finding } from './finding';
import { DAY_MS, isoDateOf } from '@content-assurance/kit/shared';
import type { LatenessCounter } from './working-days';
import type { Deadlines, PolicyDocumentInput } from './types';

/**
 * interpretation-missing: a published policy document (needsInterpretation not false) still without
 * a published interpretation config.interpretationWorkingDays working days after it. 000 三 asks for
 * 同步报送、同步发布; the default grace of 3 working days leaves room for the review of the
 * interpretation itself. The drafting unit answers for it (谁起草、谁解读). Documents published more
 * than config.interpretationLookbackDays ago are left alone, so an old archive does not flood the digest.
 */
export const interpretationFindings = (
  documents: readonly PolicyDocumentInput[],
  config: OverdueConfig,
  deadlines: Deadlines,
  now: Date,
  lateness: LatenessCounter,
): Finding[] => {
  const findings: Finding[] = [];
  const days = config.interpretationWorkingDays;
  for (const document of documents) {
    if (document.needsInterpretation === false) continue;
    if (document.publishedAt.getTime() > now.getTime()) continue;
    if (document.interpretationPublishedAt !== null && document.interpretationPublishedAt.getTime() <= now.getTime()) continue;
    const lookback = config.interpretationLookbackDays;
    if (lookback !== null && now.getTime() - document.publishedAt.getTime() > lookback * DAY_MS) continue;
    const dueAt = deadlines.addWorkingDays(document.publishedAt, days);
    if (!hasPassed(dueAt, now)) continue;
    findings.push({
      kind: 'interpretation-missing',
      key: `interpretation-missing:${document.articleId}:${isoDateOf(dueAt)}`,
      unitIds: [document.unitId],
      severity: 'overdue',
      dueAt,
      daysOverdue: lateness.daysOverdue(dueAt),
      workingDaysOverdue: lateness.workingDaysOverdue(dueAt),
      ruleLabel:
        days === 0
          ? { zh: '解读与政策文件同步发布', en: 'interpretation published with the document' }
          : { zh: `政策文件发布后${days}个工作日内发布解读`, en: `interpretation within ${days} working days of the document` },
      articleId: document.articleId,
      articleDocumentId: document.articleDocumentId,
      title: document.title,
      columnId: document.columnId,
      publishedAt: document.publishedAt,
      workingDays: days,
    });
  }
  return findings;
};
