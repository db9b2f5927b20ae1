import type { AddressInfo } from 'net';

import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface TestSmtp {
  port: number;
  received: ReceivedMail[];
  /** The mails received so far that were sent to `address`. */
  to(address: string): ReceivedMail[];
  /** Answer every following message with this SMTP error (e.g. 421 service unavailable), or accept again (null). */
  failWith(code: number | null, message?: string): void;
  /** Keep every following message waiting for its answer until the returned function is called (a slow server). */
  hold(): () => void;
  close(): Promise<void>;
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

/** A real SMTP server on a free loopback port that keeps what it receives (or refuses, on demand). */
export const startSmtp = async (): Promise<TestSmtp> => {
  const received: ReceivedMail[] = [];
  let failure: { code: number; message: string } | null = null;
  let gate: Promise<void> | null = null;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    // The app's pooled SMTP connections stay open; do not wait 30 s for them at close.
    closeTimeout: 200,
    logger: false,
    onData: function handle(stream, session, callback) {
      if (gate) {
        const waiting = gate;
        stream.pause();
        void waiting.then(() => handle(stream, session, callback));
        return;
      }
      if (failure) {
        stream.resume();
        const error = Object.assign(new Error(failure.message), { responseCode: failure.code });
        stream.on('end', () => callback(error));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: addresses(mail.from)[0] ?? '',
            to: addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    to: (address) => received.filter((mail) => mail.to.includes(address.toLowerCase())),
    failWith(code, message = 'Service temporarily unavailable') {
      failure = code === null ? null : { code, message };
    },
    hold() {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
