/**
 * The many people of a big meeting who need no screen of their own: each a real socket.io-client
 * against the real server (tests/helpers/testClient.ts), so that a 16-person meeting costs a few
 * browser contexts, not sixteen. They act by commands, as their browsers would send them.
 */
import type { PublicTableView, TopicId } from '@percolate/shared';
import type { CommandInput } from '../../helpers/builders.js';
import { TestClient } from '../../helpers/testClient.js';

export class Crowd {
  private constructor(readonly members: TestClient[]) {}

  /** Everyone named joins the meeting, one after the other (as a join storm would not). */
  static async join(origin: string, meetingId: string, names: string[]): Promise<Crowd> {
    const members: TestClient[] = [];
    for (const name of names) {
      const member = await TestClient.connect(origin, { meetingId });
      await member.join(name);
      members.push(member);
    }
    return new Crowd(members);
  }

  /** Those seated at the table (as the first member's view has it). */
  at(table: PublicTableView): TestClient[] {
    return this.members.filter((member) => table.people.includes(member.participantId));
  }

  /** The table of this name in the first member's view, once it is there. */
  async table(name: string): Promise<PublicTableView> {
    const [first] = this.members;
    if (!first) throw new Error('an empty crowd');
    const find = () => first.view?.tables?.tables.find((table) => table.name === name);
    await first.waitFor(() => find() !== undefined);
    const table = find();
    if (!table) throw new Error(`no table ${name}`);
    return table;
  }

  /** A topic's id as someone sees it (with each table's own topics, only its people see them). */
  topicId(title: string): TopicId {
    for (const member of this.members) {
      const topic = member.view?.topics.find((candidate) => candidate.title === title);
      if (topic) return topic.id;
    }
    throw new Error(`no topic ‘${title}’`);
  }

  /** Each of `members` sends the command; all must succeed. */
  static async all(members: TestClient[], command: (member: TestClient) => CommandInput) {
    await Promise.all(members.map((member) => member.ok(command(member))));
  }

  close(): void {
    for (const member of this.members) member.close();
  }
}
