import fs from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { limitMessages } from '../domain/import-limits';
import { getService } from '../utils';
import { sayMessage } from '@content-assurance/kit/shared';

/**
 * The table import's upload bound, before the body parser (a global middleware placed before
 * `strapi::body` in config/middlewares.ts as `plugin::responsibility.import-upload`). The body parser
 * would otherwise store any multipart file up to 200 MB in the temp directory before the import's own
 * check ran. A request whose Content-Length is over the limit is answered 413 at once, unread; one
 * without a length (chunked) is counted as it streams and cut off at the limit. The temp file of the
 * upload is removed afterwards (Strapi's body middleware only removes the field `files`).
 */

/** Room for the multipart framing around the file: boundaries, part headers, the dryRun field. */
export const MULTIPART_ALLOWANCE = 64 * 1024;

const IMPORT_PATH = /^\/responsibility\/import\/?$/;

/** The request as a stream that fails with `tooLarge` once more than `allowed` bytes went through. */
const countingRequest = (req: IncomingMessage, allowed: number, tooLarge: () => Error): IncomingMessage => {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > allowed) {
        req.unpipe(counter);
        callback(tooLarge());
        return;
      }
      callback(null, chunk);
    },
  });
  // What the body parsers read besides the data: the headers (formidable, co-body) and an abort.
  Object.assign(counter, { headers: req.headers, method: req.method, url: req.url, httpVersion: req.httpVersion, socket: req.socket });
  req.on('aborted', () => counter.emit('aborted'));
  req.on('error', (error) => counter.destroy(error));
  req.pipe(counter);
  return counter as unknown as IncomingMessage;
};

type UploadedFiles = Record<string, { filepath?: string } | { filepath?: string }[]> | undefined;

const removeUploads = async (files: UploadedFiles): Promise<void> => {
  const paths = Object.values(files ?? {})
    .flat()
    .map((file) => file?.filepath)
    .filter((path): path is string => typeof path === 'string');
  await Promise.all(paths.map((path) => fs.rm(path, { force: true }).catch(() => undefined)));
};

const importUpload: Core.MiddlewareFactory = (_config: unknown, { strapi }) => async (ctx, next) => {
  if (ctx.method !== 'POST' || !IMPORT_PATH.test(ctx.path)) return next();
  const { maxFileBytes } = getService(strapi, 'table-import').limits();
  const tooLarge = () => new errors.PayloadTooLargeError(...sayMessage(limitMessages.fileTooLarge({ maxFileBytes }), { maxFileBytes }));
  const allowed = maxFileBytes + MULTIPART_ALLOWANCE;

  const length = ctx.get('content-length');
  if (length !== '' && Number(length) > allowed) throw tooLarge();
  if (length === '') ctx.req = countingRequest(ctx.req, allowed, tooLarge);

  try {
    await next();
  } finally {
    await removeUploads((ctx.request as { files?: UploadedFiles }).files);
  }
};

export default importUpload;
