/**
 * What a delivery says, made from the same minutes model every reader gets (`minutes(events)`),
 * so what is anonymous, hidden or private stays so in mails and chats too. The mail is the
 * Markdown and HTML minutes with the read-only link before them; chats get the summary, the
 * decisions and the action items with owners and due dates.
 */
import {
  escapeHtml,
  everyDiscussed,
  type Minutes,
  minutesHtml,
  minutesMarkdown,
  minutesWording,
} from '@percolate/shared';
import { DELIVERY_STRINGS } from './deliveryStrings.js';

/** The next meeting as a calendar entry, attached to the mail. */
export interface NextMeeting {
  title: string;
  ics: string;
}

export interface ChatSummary {
  heading: string;
  summary: string;
  decisions: string[];
  /** Each action with its owner and due date, worded like the minutes. */
  actions: string[];
  link: string | null;
}

export interface MinutesMessage {
  meetingId: string;
  locale: Minutes['locale'];
  subject: string;
  text: string;
  html: string;
  chat: ChatSummary;
  next: NextMeeting | null;
}

export const minutesMessage = (
  m: Minutes,
  link: string | null,
  next: NextMeeting | null,
): MinutesMessage => {
  const words = DELIVERY_STRINGS[m.locale];
  const wording = minutesWording(m.locale, m.timeZone);
  const intro = [
    ...(link === null ? [] : [`${words.readOnline} ${link}`]),
    ...(next === null ? [] : [words.nextMeetingAttached(next.title)]),
  ];
  const introHtml = [
    ...(link === null
      ? []
      : [
          `<p>${escapeHtml(words.readOnline)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
        ]),
    ...(next === null ? [] : [`<p>${escapeHtml(words.nextMeetingAttached(next.title))}</p>`]),
  ].join('\n');
  const markdown = minutesMarkdown(m);
  const chat: ChatSummary = {
    heading: words.chatHeading(m.title),
    summary: m.summary.trim() || words.noSummary,
    decisions: everyDiscussed(m).flatMap((topic) => topic.decisions),
    actions: m.actions.map((action) => {
      const due = action.due === null ? null : wording.dueDate(action.due);
      const details = wording.strings.actionDetails(action.owner, due);
      return details ? `${action.text} (${details})` : action.text;
    }),
    link,
  };
  return {
    meetingId: m.meetingId,
    locale: m.locale,
    subject: words.subject(m.title),
    text: intro.length === 0 ? markdown : `${intro.join('\n')}\n\n${markdown}`,
    // The link goes first inside <main>; the rest is the minutes' own HTML, escaped as ever.
    html: minutesHtml(m).replace('<main>\n', `<main>\n${introHtml}\n`),
    chat,
    next,
  };
};
