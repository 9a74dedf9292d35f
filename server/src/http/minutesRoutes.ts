/**
 * A meeting's minutes over REST, at any moment of the meeting: GET /api/meetings/:id/minutes (the
 * model the reader's page renders) and the downloads GET /api/meetings/:id/minutes.(md|html|csv|
 * docx|json). `?lang=de|en` asks for the other language; the default is the meeting's own.
 * Authorised by `Authorization: Bearer <facilitator key | read-only link secret | organiser key>`
 * or, in a community's meeting, `X-Member-Token` of an active member.
 */
import {
  actionItemsCsv,
  assertNever,
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
import { bearerToken } from './facilitatorKey.js';
import { sendError } from './httpErrors.js';
import { type IdentifyReader, mayReadFormat } from './minutesAccess.js';

export interface MinutesRouteDeps {
  /** The meeting's event log; empty when there is no such meeting. */
  loadEvents(meetingId: string): Promise<MeetingEvent[]>;
  /** Who holds the request's bearer secret: the facilitator, a reader with a link, or nobody. */
  identify: IdentifyReader;
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
  identify,
  now = Date.now,
}: MinutesRouteDeps): Router => {
  const router = Router();

  /** The log, when the request may read it in this format; otherwise answers the refusal and null. */
  const readableLog = async (
    req: Request,
    res: Response,
    format: MinutesFormat | 'model',
  ): Promise<MeetingEvent[] | null> => {
    const meetingId = String(req.params.id);
    const credentials = {
      secret: bearerToken(req),
      memberToken: req.get('x-member-token') ?? null,
    };
    if (credentials.secret === null && credentials.memberToken === null) {
      sendError(res, 401, domainError(ErrorCode.KeyRequired, 'credentials required'));
      return null;
    }
    const events = await loadEvents(meetingId);
    if (events.length === 0) {
      sendError(res, 404, domainError(ErrorCode.MeetingNotFound, 'no such meeting'));
      return null;
    }
    const reader = await identify(meetingId, credentials, events);
    if (reader === null || !mayReadFormat(reader, format)) {
      sendError(res, 403, domainError(ErrorCode.Forbidden, 'not allowed to read these minutes'));
      return null;
    }
    return events;
  };

  router.get('/api/meetings/:id/minutes', async (req, res) => {
    const events = await readableLog(req, res, 'model');
    if (!events) return;
    res.set('Cache-Control', 'no-store').json(minutes(events, { now: now() }));
  });

  router.get('/api/meetings/:id/minutes.:format', async (req, res) => {
    const { format } = req.params;
    if (!isMinutesFormat(format)) {
      sendError(res, 404, domainError(ErrorCode.InvalidPayload, `unknown format: ${format}`));
      return;
    }
    const events = await readableLog(req, res, format);
    if (!events) return;
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
