/**
 * A real SMTP server in the test process (smtp-server), keeping every mail it accepted, parsed
 * (mailparser). `rejectWith` makes it refuse mails, as a mail server that is down for a while.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  url: string;
  port: number;
  mails: ParsedMail[];
  /** Recipients of each accepted mail, as given in RCPT TO. */
  recipients: string[][];
  /** How many SMTP connections were opened. */
  connections: () => number;
  /** null accepts; otherwise every mail is refused with this SMTP code (e.g. 451 or 550). */
  rejectWith: (code: number | null) => void;
  close(): Promise<void>;
}

export const startMailbox = async (port = 0): Promise<Mailbox> => {
  const mails: ParsedMail[] = [];
  const recipients: string[][] = [];
  let connections = 0;
  let reject: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (reject !== null) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: reject });
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            mails.push(mail);
            recipients.push(session.envelope.rcptTo.map((each) => each.address));
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    mails,
    recipients,
    connections: () => connections,
    rejectWith: (code) => {
      reject = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
