/**
 * Plays the meeting script over a generator's rooms: each step's commands go out at the paced
 * rate, interleaved across rooms; the step ends when every command is acknowledged and every
 * client of the room has received the broadcasts up to the last acknowledged sequence.
 */
import type { ConnectedRoom, SendOutcome } from './benchClient.js';
import { meetingScript, type PlannedCommand } from './meetingScript.js';
import {
  type GeneratorPlan,
  type GeneratorResult,
  type SamplesByType,
  ScriptKind,
  samplesFor,
} from './messages.js';
import { sendPaced } from './pacer.js';
import { hostNow } from './stats.js';
import { tablesScript } from './tablesScript.js';

interface Sent {
  room: ConnectedRoom;
  type: string;
  emittedAt: number;
  outcome: SendOutcome;
}

const roundRobin = (perRoom: { room: ConnectedRoom; planned: PlannedCommand[] }[]) => {
  const longest = Math.max(0, ...perRoom.map(({ planned }) => planned.length));
  const order: { room: ConnectedRoom; planned: PlannedCommand }[] = [];
  for (let index = 0; index < longest; index += 1) {
    for (const { room, planned } of perRoom) {
      const command = planned[index];
      if (command) order.push({ room, planned: command });
    }
  }
  return order;
};

const clientsOf = (room: ConnectedRoom) => room.clients.filter((client) => client !== undefined);

/** Waits until each room's clients have seen its highest acknowledged sequence, or the deadline. */
const untilDelivered = async (targets: Map<ConnectedRoom, number>, timeoutMs: number) => {
  const deadline = performance.now() + timeoutMs;
  const pending = () =>
    [...targets].some(([room, seq]) =>
      clientsOf(room).some((client) => client.deliveries.last < seq),
    );
  while (pending() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

export const playScript = async (
  plan: GeneratorPlan,
  rooms: ConnectedRoom[],
  countError: (kind: string) => void,
): Promise<
  Omit<GeneratorResult, 'errors' | 'receivedBytes' | 'maxReceivedBytes' | 'receivedPackets'>
> => {
  const samples: SamplesByType = {};
  const startedAt = hostNow();
  const cpuAtStart = process.cpuUsage();
  let commands = 0;
  let noops = 0;

  const script = plan.script === ScriptKind.Tables ? tablesScript(plan) : meetingScript(plan);
  for (const step of script) {
    const perRoom = rooms.flatMap((room) => {
      try {
        return [{ room, planned: step.commands(room) }];
      } catch {
        countError(`skipped:${step.name}`);
        return [];
      }
    });
    const pending: Promise<Sent>[] = [];
    await sendPaced(roundRobin(perRoom), plan.rate, ({ room, planned }) => {
      const client = room.clients[planned.client];
      if (!client) return;
      const emittedAt = hostNow();
      pending.push(
        client
          .send(planned.command)
          .then((outcome) => ({ room, type: planned.command.type, emittedAt, outcome })),
      );
    });
    const sent = await Promise.all(pending);
    commands += sent.length;

    const targets = new Map<ConnectedRoom, number>();
    for (const { room, outcome } of sent) {
      if (outcome.ok) targets.set(room, Math.max(targets.get(room) ?? 0, outcome.seq));
    }
    await untilDelivered(targets, plan.deliveryTimeoutMs);

    for (const { room, type, emittedAt, outcome } of sent) {
      if (!outcome.ok) {
        countError(outcome.error);
        continue;
      }
      const arrivals = clientsOf(room).map((client) => client.deliveries.arrivalOf(outcome.seq));
      if (arrivals.some((at) => at === undefined)) {
        countError('undelivered');
        continue;
      }
      const times = arrivals as number[];
      const typeSamples = samplesFor(samples, type);
      typeSamples.ack.push(outcome.ackAt - emittedAt);
      if (Math.min(...times) < emittedAt) noops += 1;
      else typeSamples.fanout.push(Math.max(...times) - emittedAt);
    }
  }
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    samples,
    commands,
    noops,
    elapsedMs: hostNow() - startedAt,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
};
