/**
 * Minutes by e-mail through the host's own mail server (nodemailer over SMTP_URL): multipart
 * plain text and HTML in the meeting's language, the next meeting's .ics attached when there is
 * one. A 5xx answer from the server is permanent (no such mailbox); anything else is retried.
 */
import nodemailer from 'nodemailer';
import type { SmtpSettings } from './deliveryConfig.js';
import { DeliveryError } from './deliveryError.js';
import type { MinutesMessage } from './minutesMessage.js';

export interface MailSender {
  send(to: string, message: MinutesMessage, deliveryId: string): Promise<void>;
  close(): void;
}

export const mailSender = (smtp: SmtpSettings, timeoutMs: number): MailSender => {
  const transport = nodemailer.createTransport({
    url: smtp.url,
    requireTLS: smtp.requireTls,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(to, message, deliveryId) {
      try {
        await transport.sendMail({
          from: smtp.from,
          to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: { 'Content-Language': message.locale, 'X-Percolate-Delivery': deliveryId },
          attachments:
            message.next === null
              ? []
              : [
                  {
                    filename: 'next-meeting.ics',
                    content: message.next.ics,
                    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                  },
                ],
        });
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        const reason = error instanceof Error ? error.message : String(error);
        throw new DeliveryError(reason, typeof code === 'number' && code >= 500);
      }
    },
    close: () => transport.close(),
  };
};
