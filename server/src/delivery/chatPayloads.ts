/**
 * The chat post in each webhook format: Slack-compatible (Slack, Mattermost, Rocket.Chat),
 * Microsoft Teams (an Adaptive Card, as Teams workflows take it), Matrix (matrix-hookshot's
 * generic webhook: text and HTML) and generic JSON (signed by the sender).
 */
import { escapeHtml } from '@percolate/shared';
import { Channel } from '../store/deliveryTypes.js';
import type { ChatSummary, MinutesMessage } from './minutesMessage.js';

export type WebhookChannel = Exclude<Channel, typeof Channel.Email>;

const headings = {
  de: { decisions: 'Beschlüsse', actions: 'Aufgaben' },
  en: { decisions: 'Decisions', actions: 'Action items' },
};

const lines = (
  chat: ChatSummary,
  words: (typeof headings)['en'],
  bullet: (text: string) => string,
) => [
  chat.summary,
  ...(chat.decisions.length === 0 ? [] : ['', words.decisions, ...chat.decisions.map(bullet)]),
  ...(chat.actions.length === 0 ? [] : ['', words.actions, ...chat.actions.map(bullet)]),
];

/** Slack's three escapes; everything else is literal text. */
const slackEscape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export const chatPayload = (channel: WebhookChannel, message: MinutesMessage): unknown => {
  const { chat } = message;
  const words = headings[message.locale];
  switch (channel) {
    case Channel.Slack:
      return {
        text: [
          `*${slackEscape(chat.heading)}*`,
          ...lines(chat, words, (text) => `• ${text}`).map(slackEscape),
          ...(chat.link === null ? [] : ['', `<${chat.link}>`]),
        ].join('\n'),
      };
    case Channel.Teams:
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: {
              type: 'AdaptiveCard',
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              version: '1.4',
              body: [
                {
                  type: 'TextBlock',
                  text: chat.heading,
                  weight: 'Bolder',
                  size: 'Medium',
                  wrap: true,
                },
                ...lines(chat, words, (text) => `- ${text}`)
                  .filter((line) => line !== '')
                  .map((line) => ({ type: 'TextBlock', text: line, wrap: true })),
              ],
              ...(chat.link === null
                ? {}
                : { actions: [{ type: 'Action.OpenUrl', title: chat.heading, url: chat.link }] }),
            },
          },
        ],
      };
    case Channel.Matrix: {
      const list = (items: string[]) =>
        `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      return {
        text: [
          chat.heading,
          ...lines(chat, words, (text) => `- ${text}`),
          ...(chat.link === null ? [] : ['', chat.link]),
        ].join('\n'),
        html: [
          `<h4>${escapeHtml(chat.heading)}</h4>`,
          `<p>${escapeHtml(chat.summary)}</p>`,
          ...(chat.decisions.length === 0
            ? []
            : [`<p>${escapeHtml(words.decisions)}</p>`, list(chat.decisions)]),
          ...(chat.actions.length === 0
            ? []
            : [`<p>${escapeHtml(words.actions)}</p>`, list(chat.actions)]),
          ...(chat.link === null
            ? []
            : [`<p><a href="${escapeHtml(chat.link)}">${escapeHtml(chat.link)}</a></p>`]),
        ].join(''),
      };
    }
    case Channel.Json:
      return {
        type: 'minutes',
        meetingId: message.meetingId,
        locale: message.locale,
        title: chat.heading,
        summary: chat.summary,
        decisions: chat.decisions,
        actions: chat.actions,
        link: chat.link,
      };
  }
};
