import type { Core } from '@strapi/strapi';

import type { ReviewView, WaitingList } from '../../../shared/contracts';
import { getService } from '../utils';
import { subjectRef, validateDecision, validateUrgent } from '../validation';
import { actorOf, type AdminContext } from './context';

const items = ({ strapi }: { strapi: Core.Strapi }) => {
  const review = () => getService(strapi, 'review');
  const answer = async (ctx: AdminContext, ref: ReturnType<typeof subjectRef>) => {
    ctx.body = (await review().view(ref, actorOf(ctx))) satisfies ReviewView;
  };
  return {
    async view(ctx: AdminContext) {
      await answer(ctx, subjectRef(ctx.params));
    },
    async submit(ctx: AdminContext) {
      ctx.body = (await review().submit(subjectRef(ctx.params), actorOf(ctx))) satisfies ReviewView;
    },
    async withdraw(ctx: AdminContext) {
      ctx.body = (await review().withdraw(subjectRef(ctx.params), actorOf(ctx))) satisfies ReviewView;
    },
    async decide(ctx: AdminContext) {
      const ref = subjectRef(ctx.params);
      const input = (await validateDecision(ctx.request.body ?? {})) as { levelKey: string; decision: 'approve' | 'reject'; opinion?: string | null };
      ctx.body = (await review().decide(ref, actorOf(ctx), input)) satisfies ReviewView;
    },
    async urgentPublish(ctx: AdminContext) {
      const ref = subjectRef(ctx.params);
      const { reason } = (await validateUrgent(ctx.request.body ?? {})) as { reason: string };
      ctx.body = (await review().urgentPublish(ref, actorOf(ctx), reason)) satisfies ReviewView;
    },
    /** Publish an approved item (the same gate as the content-manager's button). */
    async publish(ctx: AdminContext) {
      const ref = subjectRef(ctx.params);
      await strapi.documents(ref.type).publish({ documentId: ref.documentId });
      await answer(ctx, ref);
    },
    async waiting(ctx: AdminContext) {
      ctx.body = { results: await review().waitingFor(actorOf(ctx)) } satisfies WaitingList;
    },
  };
};

export default items;
