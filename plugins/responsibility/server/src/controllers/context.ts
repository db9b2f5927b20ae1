import fs from 'fs/promises';

import { errors } from '@strapi/utils';

import { adminActorOf, type AdminUserState } from '@content-assurance/kit/server';

import { limitMessages } from '../domain/import-limits';
import type { Actor } from '../services/ownership';
import { say } from '../errors';
import { sayMessage } from '@content-assurance/kit/shared';

/** The slice of Koa's context our controllers use. */
export interface AdminContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: {
    body?: unknown;
    files?: Record<string, { filepath: string; originalFilename?: string | null; size: number } | unknown[]>;
    type: string;
  };
  req: NodeJS.ReadableStream;
  state: { user?: AdminUserState };
  body: unknown;
  status: number;
  set(name: string, value: string): void;
  get(header: string): string;
}

/** The person acting in an admin request (401 when there is none). */
export const actorOf = (ctx: AdminContext): Actor & { firstname?: string | null; lastname?: string | null } => adminActorOf(ctx);

/**
 * The uploaded table: a multipart field `file`, or the raw request body (text/csv, XLSX), at most
 * `maxBytes` (413 with the limit otherwise). The import-upload middleware has already refused a
 * larger request before the body parser stored it; this is the exact check on the file itself.
 */
export const uploadedBytes = async (ctx: AdminContext, maxBytes: number): Promise<Uint8Array> => {
  const tooLarge = () => new errors.PayloadTooLargeError(...sayMessage(limitMessages.fileTooLarge({ maxFileBytes: maxBytes }), { maxFileBytes: maxBytes }));
  const file = ctx.request.files?.file;
  if (file && !Array.isArray(file)) {
    const upload = file as { filepath: string; size: number };
    if (upload.size > maxBytes) throw tooLarge();
    return new Uint8Array(await fs.readFile(upload.filepath));
  }
  if (Array.isArray(file)) throw new errors.ValidationError(...say('一次只能导入一个文件', 'Import one file at a time'));
  if (/multipart\/form-data/.test(ctx.request.type)) {
    throw new errors.ValidationError(...say('请在表单字段 file 中上传 CSV 或 XLSX 文件', 'Upload the CSV or XLSX file in the form field "file"'));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(buffer);
  }
  if (size === 0 && typeof ctx.request.body === 'string') {
    const text = Buffer.from(ctx.request.body);
    if (text.length > maxBytes) throw tooLarge();
    return new Uint8Array(text);
  }
  return new Uint8Array(Buffer.concat(chunks));
};

/** An id from the path: a whole number from 1 to 2147483647 (the kit's validation.ts). */
export { parseId as positiveId } from '@content-assurance/kit/server';
