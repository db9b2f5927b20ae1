/** Both texts of a message a person reads (中文, English). */
export interface Messages {
  'zh-Hans': string;
  en: string;
}

/**
 * A message in both languages for an error: `throw new errors.PolicyError(...say('中文', 'English', { code }))`
 * or `conflict(...say(zh, en))`. The message is the Chinese text and `details.messages` carries both; the
 * app's error middleware (src/middlewares/readable-errors.ts, GraphQL formatError) answers in the person's
 * language.
 */
export const say = (zh: string, en: string, details: Record<string, unknown> = {}): [string, Record<string, unknown>] => [
  zh,
  { ...details, messages: { 'zh-Hans': zh, en } satisfies Messages },
];

/** {@link say} for a message already held in both languages. */
export const sayMessage = (message: Messages, details: Record<string, unknown> = {}): [string, Record<string, unknown>] =>
  say(message['zh-Hans'], message.en, details);

/** Messages without repeats (the same Chinese text once). */
export const uniqueMessages = (messages: readonly Messages[]): Messages[] => {
  const seen = new Set<string>();
  return messages.filter((m) => !seen.has(m['zh-Hans']) && !!seen.add(m['zh-Hans']));
};
