/**
 * Sends what the outbox holds. Each node runs one: it claims due deliveries under a lease (so two
 * nodes never send the same one while it runs), sends, and marks each sent, due again after a
 * backoff, or failed after the last attempt. It looks when a meeting ends on this node and every
 * `pollMs` (deliveries queued on other nodes, or left by a crash). A node killed while sending
 * leaves the row `sending`; another takes it over when the lease expires, so a delivery can
 * repeat only in that case (receivers may drop repeats by the X-Percolate-Delivery id).
 */
import { nanoid } from 'nanoid';
import type { CancelTimer, Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import {
  Channel,
  type ClaimedDelivery,
  type DeliveryOutcome,
  DeliveryState,
  type DeliveryStore,
} from '../store/deliveryTypes.js';
import type { DeliveryConfig } from './deliveryConfig.js';
import type { DeliveryContent } from './deliveryContent.js';
import { DeliveryError, reasonOf } from './deliveryError.js';
import { type MailSender, mailSender } from './mailSender.js';
import type { MinutesMessage } from './minutesMessage.js';
import { parseAllowedHost } from './webhookAllowList.js';
import { postWebhook } from './webhookSender.js';

export interface DeliveryWorkerDeps {
  store: DeliveryStore;
  content: DeliveryContent;
  config: DeliveryConfig;
  clock: Clock;
  logger: Logger;
}

export interface DeliveryWorker {
  /** Looks for due deliveries now (a meeting just ended here, or an organiser resent). */
  wake(): void;
  stop(): Promise<void>;
}

/** Deliveries claimed at once; more are claimed as soon as these are done. */
const BATCH = 20;
const MAX_BACKOFF_MS = 60 * 60_000;

export const deliveryIdOf = (delivery: { meetingId: string; targetId: string }) =>
  `${delivery.meetingId}.${delivery.targetId}`;

export const startDeliveryWorker = ({
  store,
  content,
  config,
  clock,
  logger,
}: DeliveryWorkerDeps): DeliveryWorker => {
  const mail: MailSender | null = config.smtp ? mailSender(config.smtp, config.timeoutMs) : null;
  const allowed = config.webhookAllowedHosts.map(parseAllowedHost);
  const node = nanoid(8);

  const send = async (delivery: ClaimedDelivery, message: MinutesMessage) => {
    const id = deliveryIdOf(delivery);
    if (delivery.target.channel === Channel.Email) {
      if (!mail) throw new DeliveryError('SMTP_URL is not set on this server', true);
      return mail.send(delivery.target.address, message, id);
    }
    return postWebhook(delivery.target, message, id, {
      allowed,
      timeoutMs: config.timeoutMs,
      now: clock.now,
    });
  };

  const outcomeOf = (delivery: ClaimedDelivery, error: unknown): DeliveryOutcome => {
    const reason = reasonOf(error);
    const permanent = error instanceof DeliveryError && error.permanent;
    if (permanent || delivery.attempts >= config.maxAttempts) {
      return { state: DeliveryState.Failed, error: reason };
    }
    const backoff = Math.min(config.retryBaseMs * 2 ** (delivery.attempts - 1), MAX_BACKOFF_MS);
    return { state: DeliveryState.Pending, nextAttemptAt: clock.now() + backoff, error: reason };
  };

  const deliver = async (delivery: ClaimedDelivery, message: Promise<MinutesMessage>) => {
    let outcome: DeliveryOutcome;
    try {
      await send(delivery, await message);
      outcome = { state: DeliveryState.Sent, at: clock.now() };
    } catch (error) {
      outcome = outcomeOf(delivery, error);
      logger.warn('delivering minutes failed', {
        delivery: deliveryIdOf(delivery),
        attempt: delivery.attempts,
        error: reasonOf(error),
      });
    }
    const { meetingId, targetId, claim } = delivery;
    if (!(await store.finishDelivery(meetingId, targetId, claim, outcome))) {
      logger.warn('a delivery outlived its lease', { delivery: deliveryIdOf(delivery) });
    }
  };

  /** One claim and its sends; how many it claimed. */
  const runOnce = async (): Promise<number> => {
    const claim = `${node}-${nanoid(10)}`;
    const claimed = await store.claimDeliveries(clock.now(), config.leaseMs, claim, BATCH);
    const messages = new Map<string, Promise<MinutesMessage>>();
    const messageOf = (meetingId: string) => {
      let message = messages.get(meetingId);
      if (!message) {
        message = content(meetingId);
        message.catch(() => {});
        messages.set(meetingId, message);
      }
      return message;
    };
    await Promise.all(claimed.map((delivery) => deliver(delivery, messageOf(delivery.meetingId))));
    return claimed.length;
  };

  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let cancelPoll: CancelTimer = () => {};

  const sweep = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          if ((await runOnce()) === BATCH) again = true;
        } while (again && !stopped);
      } catch (error) {
        logger.error('the delivery worker failed a round', { error });
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const poll = () => {
    cancelPoll = clock.setTimer(config.pollMs, () => {
      void sweep().then(() => {
        if (!stopped) poll();
      });
    });
  };
  poll();
  void sweep();

  return {
    wake: () => void sweep(),
    async stop() {
      stopped = true;
      cancelPoll();
      await running;
      mail?.close();
    },
  };
};
