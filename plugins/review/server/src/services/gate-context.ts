import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The publish gate's one way around: the review's own publications (an approved item, its policy
 * bundle, an urgent publication) and recorded imports run inside `bypassingGate`. Nothing else can
 * enter this context: it is not reachable from a request.
 */
const context = new AsyncLocalStorage<{ reason: string }>();

export const bypassingGate = <T>(reason: string, fn: () => Promise<T>): Promise<T> => context.run({ reason }, fn);

export const gateBypassed = (): boolean => context.getStore() !== undefined;
