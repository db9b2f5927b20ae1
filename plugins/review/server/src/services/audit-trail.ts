import type { Core } from '@strapi/strapi';

import type { AuditEntryInput } from '../domain/audit-chain';
import { repositories } from '../repositories';
import { SEAL_BATCH } from '../repositories/audit';

/**
 * The audit trail as the rest of the plugin uses it: `record` appends entries (pending) in the current
 * transaction and has them sealed into the chain once it commits; readers `sealNow` before they read.
 * A transition therefore never waits for another one on the chain: only the sealer is serialised, and
 * it chains every entry committed meanwhile in one go.
 */
const auditTrail = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  let running: Promise<void> | null = null;
  let again = false;

  const sealAll = async () => {
    while ((await repo.audit.sealPending()) === SEAL_BATCH);
  };

  /** Seal in the background, one sealer per instance; a request while it runs makes it run once more. */
  const schedule = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await sealAll();
      } while (again);
    })()
      .catch((error: Error) => {
        strapi.log.error(`review: could not seal audit entries (they stay pending and are sealed next time): ${error.message}`);
      })
      .finally(() => {
        running = null;
        if (again) schedule();
      });
  };

  return {
    /** Append entries to the trail in the current transaction; they are sealed once it commits. */
    async record(inputs: AuditEntryInput[]): Promise<void> {
      if (inputs.length === 0) return;
      await repo.audit.appendPending(inputs);
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(schedule));
      else await this.sealNow();
    },

    /** Seal every committed pending entry now (before reading the chain; at start, after a crash). */
    async sealNow(): Promise<void> {
      if (running) await running;
      await sealAll();
    },

    /** Wait for a background seal (the plugin's destroy). */
    async flush(): Promise<void> {
      if (running) await running;
    },
  };
};

export default auditTrail;
export type AuditTrailService = ReturnType<typeof auditTrail>;
