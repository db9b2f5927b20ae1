import type { Core } from '@strapi/strapi';

import type { AuditEntryInput } from '../domain/audit-chain';
import { repositories } from '../repositories';
import { SEAL_BATCH } from '../repositories/audit';
import { afterCommit } from '@content-assurance/kit/server';

/** How long a commit's entries may wait for the sealer, so that one seal chains many commits' entries. */
const SEAL_WINDOW_MS = 50;

/**
 * The audit trail as the rest of the plugin uses it: `record` appends entries (pending) in the current
 * transaction and has them sealed into the chain once it commits; readers `sealNow` before they read.
 * A transition therefore never waits for another one on the chain: only the sealer is serialised, and
 * it chains every entry committed meanwhile in one go — within SEAL_WINDOW_MS of their commit, so
 * that under load one seal (a few statements) serves many transitions.
 */
const auditTrail = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  const sealAll = async () => {
    while ((await repo.audit.sealPending()) === SEAL_BATCH);
  };

  /** Seal soon, in the background: the first commit opens the window, those within it join in. */
  const schedule = (): void => {
    if (running) again = true;
    else if (!timer) {
      timer = setTimeout(seal, SEAL_WINDOW_MS);
      timer.unref();
    }
  };

  /** Seal now, in the background, one sealer per instance; commits meanwhile open the next window. */
  const seal = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = sealAll()
      .catch((error: Error) => {
        strapi.log.error(`review: could not seal audit entries (they stay pending and are sealed next time): ${error.message}`);
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule();
        }
      });
  };

  return {
    /** Append entries to the trail in the current transaction; they are sealed once it commits. */
    async record(inputs: AuditEntryInput[]): Promise<void> {
      if (inputs.length === 0) return;
      await repo.audit.appendPending(inputs);
      if (strapi.db.inTransaction()) await afterCommit(strapi, schedule);
      else await this.sealNow();
    },

    /** Entries were appended pending (by a transition's write) and have committed: seal them soon. */
    appended(): void {
      schedule();
    },

    /** Seal every committed pending entry now (before reading the chain; at start, after a crash). */
    async sealNow(): Promise<void> {
      if (running) await running;
      await sealAll();
    },

    /** Seal what waits in the window and wait for it (the plugin's destroy). */
    async flush(): Promise<void> {
      while (timer || running) {
        if (timer) seal();
        await running;
      }
    },
  };
};

export default auditTrail;
export type AuditTrailService = ReturnType<typeof auditTrail>;
