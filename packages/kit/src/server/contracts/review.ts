import type { Core } from '@strapi/strapi';

import type { Clock } from '../clock';

/**
 * What the app (the demo seed) may ask the review plugin. Its `services` object is checked against
 * {@link ReviewServices}; callers go through {@link reviewApi}.
 */

export type ReviewSubjectType = 'api::article.article' | 'api::interpretation.interpretation' | 'api::reply.reply';

export interface ReviewSubjectRef {
  type: ReviewSubjectType;
  documentId: string;
}

/** A person acting in the review (an admin user, with their real name). */
export interface ReviewActor {
  id: number;
  email: string;
  name: string;
  isSuperAdmin: boolean;
}

export interface ReviewDecisionInput {
  levelKey: string;
  decision: 'approve' | 'reject';
  opinion?: string | null;
}

/** An item's review as far as callers read it. */
export interface ReviewSummary {
  state: { status: string; levels: { key: string; duty: string }[]; levelIndex: number | null };
}

export interface ReviewServiceApi {
  /** Submit an item for review (the information officer). */
  submit(ref: ReviewSubjectRef, actor: ReviewActor): Promise<ReviewSummary>;
  /** Approve or reject at a level. */
  decide(ref: ReviewSubjectRef, actor: ReviewActor, input: ReviewDecisionInput): Promise<ReviewSummary>;
}

export interface ReviewApi {
  review: ReviewServiceApi;
  /** The review's clock: `runAt` records the past (the demo seed's history). */
  clock: Pick<Clock, 'now' | 'runAt'>;
}

export type ReviewServices = { [K in keyof ReviewApi]: (deps: { strapi: Core.Strapi }) => ReviewApi[K] };

/** The review plugin's services as its contract types them. */
export const reviewApi = (strapi: Core.Strapi): ReviewApi => {
  // The one place the contract meets Strapi's untyped registry; `ReviewServices` checks the other side.
  const service = <K extends keyof ReviewApi>(name: K): ReviewApi[K] => strapi.plugin('review').service(name) as ReviewApi[K];
  return {
    get review() {
      return service('review');
    },
    get clock() {
      return service('clock');
    },
  };
};
