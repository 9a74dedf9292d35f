/**
 * Downloads of a meeting's minutes: GET /api/meetings/:id/minutes.(md|html|csv|docx|json),
 * at any moment of the meeting. `?lang=de|en` asks for the other language; the default is the
 * meeting's own.
 */
import {
  actionItemsCsv,
  assertNever,
  type DomainError,
  domainError,
  ErrorCode,
  isMinutesFormat,
  type MeetingEvent,
  MINUTES_HTML_CSP,
  type Minutes,
  type MinutesFormat,
  type MinutesLocale,
  meetingArchiveJson,
  minutes,
  minutesFileName,
  minutesHtml,
  minutesMarkdown,
} from '@percolate/shared';
import { type Request, type Response, Router } from 'express';
import { minutesDocx } from '../minutes/docx.js';

export interface MinutesRouteDeps {
  /** The meeting's event log; empty when there is no such meeting. */
  loadEvents(meetingId: string): Promise<MeetingEvent[]>;
  /**
   * May this request read the meeting's minutes in this format? The JSON archive is the raw log
   * (who placed which dot, private check-in lines, anonymous authors), so it is for facilitators.
   */
  authorise(req: Request, meetingId: string, format: MinutesFormat): Promise<boolean>;
  /** The clock, for the minutes of a meeting still running. */
  now?: () => number;
}

export const MINUTES_CONTENT_TYPES: Record<MinutesFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

const sendError = (res: Response, status: number, error: DomainError): void => {
  res.status(status).json({ error });
};

const requestedLocale = (req: Request): MinutesLocale | undefined => {
  const lang = req.query.lang;
  return lang === 'de' || lang === 'en' ? lang : undefined;
};

const render = async (
  format: MinutesFormat,
  m: Minutes,
  events: MeetingEvent[],
  locale: MinutesLocale | undefined,
): Promise<string | Buffer> => {
  switch (format) {
    case 'md':
      return minutesMarkdown(m, locale);
    case 'html':
      return minutesHtml(m, locale);
    case 'csv':
      return actionItemsCsv(m, locale);
    case 'docx':
      return minutesDocx(m, locale);
    case 'json':
      return meetingArchiveJson(events);
    default:
      return assertNever(format);
  }
};

export const minutesRouter = ({
  loadEvents,
  authorise,
  now = Date.now,
}: MinutesRouteDeps): Router => {
  const router = Router();
  router.get('/api/meetings/:id/minutes.:format', async (req, res) => {
    const { id, format } = req.params;
    if (!isMinutesFormat(format)) {
      sendError(res, 404, domainError(ErrorCode.InvalidPayload, `unknown format: ${format}`));
      return;
    }
    if (!(await authorise(req, id, format))) {
      // Without credentials the reader should bring some; with the wrong ones, more will not help.
      if (req.headers.authorization === undefined) {
        sendError(res, 401, domainError(ErrorCode.KeyRequired, 'credentials required'));
      } else {
        sendError(res, 403, domainError(ErrorCode.Forbidden, 'not allowed to read these minutes'));
      }
      return;
    }
    const events = await loadEvents(id);
    if (events.length === 0) {
      sendError(res, 404, domainError(ErrorCode.MeetingNotFound, 'no such meeting'));
      return;
    }
    const m = minutes(events, { now: now() });
    const body = await render(format, m, events, requestedLocale(req));
    res.set({
      'Content-Type': MINUTES_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${minutesFileName(m, format)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (format === 'html') res.set('Content-Security-Policy', MINUTES_HTML_CSP);
    res.status(200).send(body);
  });
  return router;
};
