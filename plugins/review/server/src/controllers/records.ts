import type { Core } from '@strapi/strapi';

import type { AuditVerification, LedgerList, ReviewHistory } from '../../../shared/contracts';
import { getService } from '../utils';
import { subjectRef, validateLedgerQuery, validateSheetQuery } from '../validation';
import { actorOf, type AdminContext } from './context';

const records = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'records');
  return {
    /** GET /items/:type/:documentId/approval-sheet?format=html|json — 审批单. */
    async approvalSheet(ctx: AdminContext) {
      const ref = subjectRef(ctx.params);
      const { format } = (await validateSheetQuery(ctx.query)) as { format: 'html' | 'json' };
      await getService(strapi, 'review').assertMayView(ref, actorOf(ctx));
      const { sheet, html } = await service().approvalSheet(ref.type, ref.documentId);
      if (format === 'json') {
        ctx.body = sheet;
        return;
      }
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = html;
    },

    async history(ctx: AdminContext) {
      const ref = subjectRef(ctx.params);
      await getService(strapi, 'review').assertMayView(ref, actorOf(ctx));
      ctx.body = (await service().history(ref.type, ref.documentId)) satisfies ReviewHistory;
    },

    /** GET /audit/verify — the first broken link of the audit chain, if any. */
    async verify(ctx: AdminContext) {
      ctx.body = (await service().verifyAudit()) satisfies AuditVerification;
    },

    /** GET /ledger?from=YYYY-MM-DD&to=YYYY-MM-DD&unit=&format=xlsx|csv|json — 台账. */
    async ledger(ctx: AdminContext) {
      const query = (await validateLedgerQuery(ctx.query)) as { from: string; to: string; unit?: number; format: 'xlsx' | 'csv' | 'json' };
      const rows = await service().ledger(query.from, query.to, query.unit);
      if (query.format === 'json') {
        ctx.body = { results: rows } satisfies LedgerList;
        return;
      }
      const file = await service().ledgerFile(rows, query.format, `${query.from}_${query.to}`);
      ctx.set('Content-Type', file.contentType);
      ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
      ctx.body = file.body;
    },
  };
};

export default records;
