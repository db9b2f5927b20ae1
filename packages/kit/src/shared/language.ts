import type { Messages } from './messages';

/**
 * One message, the person's language (issue #11 item 4). Pure: no Strapi import.
 *
 * A message a person reads is written once in both languages as a {@link Bilingual}; ONE place picks the
 * text: src/middlewares/readable-errors.ts for REST and the admin, the GraphQL formatError in
 * src/security/graphql.ts. An error carries it in `details.messages` (its `message` is the Chinese text, so
 * an error that never passes those places still reads in Chinese); the plugins build such errors with
 * `say(zh, en, details?)` from their errors.ts:
 *
 *   throw new errors.PolicyError(...say('只有报送人可以撤回', 'only the submitter can withdraw', { code }));
 *
 * The language: for an admin user the interface language of the profile (preferedLanguage, zh-Hans when
 * unset); for anyone else the Accept-Language header; zh-Hans when nothing says otherwise.
 */

export type Language = 'zh-Hans' | 'en';
export const DEFAULT_LANGUAGE: Language = 'zh-Hans';

/** Both texts of a message a person reads (the kit's {@link Messages}). */
export type Bilingual = Messages;

export const bilingual = (zh: string, en: string): Bilingual => ({ 'zh-Hans': zh, en });

/** A value shaped exactly like a {@link Bilingual} (both texts, nothing else). */
export const isBilingual = (value: unknown): value is Bilingual => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record['zh-Hans'] === 'string' && typeof record.en === 'string';
};

export const textIn = (message: Bilingual, language: Language): string => message[language];

/** A language tag (zh, zh-CN, zh-Hans, en-US …) as one of ours, or null for any other language. */
export const normalizeLanguage = (tag: string | null | undefined): Language | null => {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-Hans';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
};

/** The best of ours in an Accept-Language header (q-values honoured; `*` and unknown languages skipped). */
export const languageFromAcceptLanguage = (header: string | string[] | null | undefined): Language => {
  const text = Array.isArray(header) ? header.join(',') : header ?? '';
  let best: { language: Language; q: number } | null = null;
  for (const part of text.split(',').slice(0, 20)) {
    const [tag, ...params] = part.split(';');
    const language = normalizeLanguage(tag);
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
};

/** An admin user's interface language: the profile's choice, zh-Hans when unset. */
export const languageOfAdmin = (preferedLanguage: string | null | undefined): Language => normalizeLanguage(preferedLanguage) ?? DEFAULT_LANGUAGE;

/** The shape of a request the chooser needs (a Koa context satisfies it). */
export interface RequestLike {
  get(header: string): string;
  state?: { user?: { preferedLanguage?: string | null } | null; auth?: { strategy?: { name?: string } } };
}

/** The language to answer a request in: an admin user's profile, else Accept-Language. */
export const languageOfRequest = (ctx: RequestLike): Language => {
  if (ctx.state?.auth?.strategy?.name === 'admin' && ctx.state.user) return languageOfAdmin(ctx.state.user.preferedLanguage);
  return languageFromAcceptLanguage(ctx.get('accept-language'));
};

interface DetailedError {
  message: string;
  details?: unknown;
}

/**
 * Puts an error's message in the given language: `details.messages` (the error's own text), the
 * `message` of each problem in `details.problems`/`warnings` and of each field error in `details.errors` (yup messages made by the plugins' validation); the
 * texts of the other language are dropped from the answer. Returns whether anything was a Bilingual.
 */
export const localizeError = (error: DetailedError, language: Language): boolean => {
  const details = error.details;
  if (!details || typeof details !== 'object' || Array.isArray(details)) return false;
  const record = details as Record<string, unknown>;
  let changed = false;
  const own = isBilingual(record.messages);
  if (own) {
    error.message = textIn(record.messages as Bilingual, language);
    delete record.messages;
    changed = true;
  }
  // A report's problems and warnings ({ line, message } of an import) carry both texts the same way.
  for (const list of [record.problems, record.warnings]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      const problem = entry as { message?: unknown } | null;
      if (problem && typeof problem === 'object' && isBilingual(problem.message)) {
        problem.message = textIn(problem.message, language);
        changed = true;
      }
    }
  }
  if (Array.isArray(record.errors)) {
    const texts: string[] = [];
    for (const entry of record.errors as unknown[]) {
      if (!entry || typeof entry !== 'object') continue;
      const fieldError = entry as { message?: unknown };
      if (isBilingual(fieldError.message)) {
        fieldError.message = textIn(fieldError.message, language);
        changed = true;
      }
      if (typeof fieldError.message === 'string') texts.push(fieldError.message);
    }
    // yup turns a message that is not a string into "[object Object]" as the error's own message.
    if (!own && texts.length === 1 && /\[object Object\]/.test(error.message)) error.message = texts[0];
  }
  return changed;
};

/** A report's problems with each message in one language (a report answered with 200, e.g. an import's dry run). */
export const problemsIn = <P extends { message: Bilingual }>(problems: readonly P[], language: Language): (Omit<P, 'message'> & { message: string })[] =>
  problems.map((problem) => ({ ...problem, message: textIn(problem.message, language) }));

/** Messages joined as a person reads a list in each language (；in Chinese, ; in English). */
export const joinMessages = (messages: readonly Bilingual[]): Bilingual => ({
  'zh-Hans': messages.map((m) => m['zh-Hans']).join('；'),
  en: messages.map((m) => m.en).join('; '),
});
