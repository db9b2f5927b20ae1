import JSZip from 'jszip';

import { limitMessages, type ImportLimits } from '../domain/import-limits';
import { checkSheetFacts, isWorksheetPart, scanSheetXml } from '../domain/xlsx-facts';
import { uniqueMessages, type Messages } from '@content-assurance/kit/shared';

/**
 * Looks inside an uploaded XLSX before exceljs builds it (not a Strapi service: a helper of the
 * table import). Opening the zip reads only its directory; each part is then inflated as a stream,
 * counted, and given up as soon as the unpacked total passes the limit, so neither a zip bomb nor a
 * sheet of a million rows is ever held in memory. jszip inflates chunk by chunk and yields to the
 * event loop between chunks. The sheet XML is scanned by the pure rules of domain/xlsx-facts.
 *
 * Returns the problems, in both languages, (empty when the file is within the limits).
 */
export const inspectXlsx = async (bytes: Uint8Array, limits: ImportLimits): Promise<Messages[]> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    return [limitMessages.notXlsx((error as Error).message)];
  }
  const parts = Object.values(zip.files).filter((entry) => !entry.dir);
  if (parts.length > limits.maxZipEntries) return [limitMessages.tooManyEntries(parts.length, limits)];

  // What the zip's directory claims (cheap, may lie: the streams below count what really comes out).
  const declared = parts.reduce((sum, part) => sum + declaredSize(part), 0);
  if (declared > limits.maxUnpackedBytes) return [limitMessages.unpackedTooLarge(limits)];

  let unpacked = 0;
  const problems: Messages[] = [];
  // Worksheets first: the usual bomb is there, and its answer should come before anything else is inflated.
  const ordered = [...parts.filter((p) => isWorksheetPart(p.name)), ...parts.filter((p) => !isWorksheetPart(p.name))];
  for (const part of ordered) {
    const worksheet = isWorksheetPart(part.name);
    const read = await inflate(part, limits.maxUnpackedBytes - unpacked, worksheet);
    if (read === 'too-large') return [limitMessages.unpackedTooLarge(limits)];
    if (read === 'unreadable') return [limitMessages.notXlsx(`${part.name}`)];
    unpacked += read.bytes;
    if (worksheet) {
      problems.push(...checkSheetFacts(scanSheetXml(read.text, limits), limits));
      if (problems.length > 0) return uniqueMessages(problems);
    }
  }
  return problems;
};

/** The uncompressed size the zip's central directory gives for a part (jszip keeps it internally). */
const declaredSize = (part: JSZip.JSZipObject): number => {
  const size = (part as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 0;
};

/** Inflate one part, at most `budget` bytes; its text when asked (worksheets). */
const inflate = (part: JSZip.JSZipObject, budget: number, keepText: boolean): Promise<{ bytes: number; text: string } | 'too-large' | 'unreadable'> =>
  new Promise((resolve) => {
    // jszip's node stream is an old-style readable (readable-stream 2): events, not async iteration.
    const stream = part.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
    const decoder = new TextDecoder('utf-8');
    const texts: string[] = [];
    let bytes = 0;
    let settled = false;
    const settle = (result: { bytes: number; text: string } | 'too-large' | 'unreadable') => {
      if (settled) return;
      settled = true;
      if (typeof result === 'string') {
        stream.removeAllListeners('data');
        stream.pause();
        stream.destroy?.();
      }
      resolve(result);
    };
    stream.on('data', (chunk: Buffer | string) => {
      const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += data.length;
      if (bytes > budget) return settle('too-large');
      if (keepText) texts.push(decoder.decode(data, { stream: true }));
    });
    stream.on('error', () => settle('unreadable'));
    stream.on('end', () => {
      if (keepText) texts.push(decoder.decode());
      settle({ bytes, text: texts.join('') });
    });
  });
