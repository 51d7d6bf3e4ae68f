/**
 * Adding hours up into a bucket or a period, and the bucket's figures in the dashboard's shape.
 * Every hour figure adds; distinct agents are unions of the hours' sets, person-days the sum over
 * days of each day's distinct agents.
 */
import { OPERATIONS_CHANNELS, type OperationsChannel } from '@deskstream/operations-domain';
import { AgentSet } from './agent-set';
import {
  percentile,
  ratio,
  rate,
  round,
  slaFigure,
  type ServiceLevels,
  type Staffing,
  type VolumeFigure,
  type Volumes,
} from './figure-shapes';
import { WAIT_BIN_EDGES, emptySla, type HourFigures, type SlaCounts } from './hour-figures';

/** The agents online in an hour besides those of ended stretches: seconds and who. */
export interface OpenHour {
  seconds: number;
  agents: AgentSet;
}

/** What an hour and a sum of hours both count. */
type Counted = Omit<
  HourFigures,
  'received' | 'answered' | 'waitBins' | 'agents' | 'onlineSeconds' | 'backlogDelta' | 'volumes'
>;

export class Accumulator {
  private readonly received: number[] = [];
  private readonly answered: number[] = [];
  private readonly counts = {
    callsOffered: 0,
    callsAnswered: 0,
    callsAbandoned: 0,
    answeredWithinTarget: 0,
    waitSeconds: 0,
    waitCount: 0,
    chatsRequested: 0,
    chatsAccepted: 0,
    chatsAbandoned: 0,
    chatWaitSeconds: 0,
    onlineSeconds: 0,
    handlingSeconds: 0,
  };
  private readonly waitBins = new Array<number>(WAIT_BIN_EDGES.length + 1).fill(0);
  private readonly firstResponse = emptySla();
  private readonly resolution = emptySla();
  private readonly agents = new AgentSet();
  private readonly agentsByDay = new Map<number, AgentSet>();
  queuePeak = 0;
  queuePeakAt = 0;
  /** Whether any hour added held anything (a contact, an agent online, a queue). */
  touched = false;
  /** Tickets opened, resolved and reopened in the hours added. */
  backlogDelta = 0;

  add(hour: HourFigures | undefined, open: OpenHour | undefined, day: number): void {
    if (open) this.addAgents(open.agents, open.seconds, day);
    if (!hour) return;
    this.touched ||=
      hour.received.length > 0 || hour.onlineSeconds > 0 || hour.queuePeak > 0 || hour.backlogDelta !== 0;
    this.addVolumes(hour.received, hour.answered);
    this.backlogDelta += hour.backlogDelta;
    this.addCounts(hour, hour.waitBins);
    this.addAgents(hour.agents, hour.onlineSeconds, day);
  }

  /** Adds another accumulator's sums (its agents' days as they are). */
  addSums(other: Accumulator): void {
    this.touched ||= other.touched;
    this.backlogDelta += other.backlogDelta;
    this.addVolumes(other.received, other.answered);
    const { firstResponse, resolution, queuePeak, queuePeakAt } = other;
    this.addCounts({ ...other.counts, firstResponse, resolution, queuePeak, queuePeakAt }, other.waitBins);
    this.counts.onlineSeconds += other.counts.onlineSeconds;
    this.agents.addAll(other.agents);
    for (const [day, agents] of other.agentsByDay) {
      let ofDay = this.agentsByDay.get(day);
      if (!ofDay) this.agentsByDay.set(day, (ofDay = new AgentSet()));
      ofDay.addAll(agents);
    }
  }

  private addVolumes(received: readonly number[], answered: readonly number[]): void {
    while (this.received.length < received.length) {
      this.received.push(0);
      this.answered.push(0);
    }
    for (let number = 0; number < received.length; number++) {
      this.received[number]! += received[number]!;
      this.answered[number]! += answered[number]!;
    }
  }

  private addCounts(hour: Counted, waitBins: readonly number[] | null): void {
    const counts = this.counts;
    counts.callsOffered += hour.callsOffered;
    counts.callsAnswered += hour.callsAnswered;
    counts.callsAbandoned += hour.callsAbandoned;
    counts.answeredWithinTarget += hour.answeredWithinTarget;
    counts.waitSeconds += hour.waitSeconds;
    counts.waitCount += hour.waitCount;
    counts.chatsRequested += hour.chatsRequested;
    counts.chatsAccepted += hour.chatsAccepted;
    counts.chatsAbandoned += hour.chatsAbandoned;
    counts.chatWaitSeconds += hour.chatWaitSeconds;
    counts.handlingSeconds += hour.handlingSeconds;
    if (waitBins) for (let bin = 0; bin < waitBins.length; bin++) this.waitBins[bin]! += waitBins[bin]!;
    addSla(this.firstResponse, hour.firstResponse);
    addSla(this.resolution, hour.resolution);
    if (hour.queuePeak > this.queuePeak) {
      this.queuePeak = hour.queuePeak;
      this.queuePeakAt = hour.queuePeakAt;
    }
  }

  private addAgents(agents: AgentSet, seconds: number, day: number): void {
    this.counts.onlineSeconds += seconds;
    if (seconds === 0 && agents.empty) return;
    this.touched = true;
    let ofDay = this.agentsByDay.get(day);
    if (!ofDay) this.agentsByDay.set(day, (ofDay = new AgentSet()));
    this.agents.addAll(agents);
    ofDay.addAll(agents);
  }

  /** The volumes, their keys (`CHANNEL group`) by number as the hours' table numbers them. */
  volumeFigures(keys: readonly string[]): Volumes {
    const byChannel = new Map<OperationsChannel, VolumeFigure>(
      OPERATIONS_CHANNELS.map((channel) => [channel, { received: 0, answered: 0 }]),
    );
    const byType = new Map<string, VolumeFigure>();
    const matrix: Volumes['matrix'] = [];
    let received = 0;
    let answered = 0;
    for (let number = 0; number < this.received.length; number++) {
      const figure = { received: this.received[number]!, answered: this.answered[number]! };
      if (figure.received === 0 && figure.answered === 0) continue;
      const key = keys[number]!;
      const space = key.indexOf(' ');
      const channel = key.slice(0, space) as OperationsChannel;
      const requesterType = key.slice(space + 1);
      matrix.push({ channel, requesterType, ...figure });
      addVolume(byChannel.get(channel)!, figure);
      if (!byType.has(requesterType)) byType.set(requesterType, { received: 0, answered: 0 });
      addVolume(byType.get(requesterType)!, figure);
      received += figure.received;
      answered += figure.answered;
    }
    const channelOrder = (channel: OperationsChannel) => OPERATIONS_CHANNELS.indexOf(channel);
    matrix.sort((a, b) => channelOrder(a.channel) - channelOrder(b.channel) || b.received - a.received || cmp(a, b));
    return {
      received,
      answered,
      byChannel: [...byChannel].map(([channel, figure]) => ({ channel, ...figure })),
      byRequesterType: [...byType]
        .map(([requesterType, figure]) => ({ requesterType, ...figure }))
        .sort((a, b) => b.received - a.received || a.requesterType.localeCompare(b.requesterType)),
      matrix,
    };
  }

  staffingFigures(): Staffing {
    const { onlineSeconds, handlingSeconds } = this.counts;
    let personDays = 0;
    for (const agents of this.agentsByDay.values()) personDays += agents.size;
    const occupancy = ratio(handlingSeconds, onlineSeconds);
    return {
      agentsOnline: this.agents.size,
      personHours: round(onlineSeconds / 3600),
      personDays,
      handlingHours: round(handlingSeconds / 3600),
      occupancy: occupancy === null ? null : round(Math.min(1, occupancy), 4),
    };
  }

  serviceLevelFigures(serviceLevelSeconds: number): ServiceLevels {
    const c = this.counts;
    const averageWait = ratio(c.waitSeconds, c.waitCount);
    const averageChatWait = ratio(c.chatWaitSeconds, c.chatsAccepted);
    return {
      callsOffered: c.callsOffered,
      callsAnswered: c.callsAnswered,
      callsAbandoned: c.callsAbandoned,
      answerRate: rate(c.callsAnswered, c.callsOffered),
      serviceLevelSeconds,
      answeredWithinTarget: c.answeredWithinTarget,
      serviceLevel: rate(c.answeredWithinTarget, c.callsOffered),
      averageWaitSeconds: averageWait === null ? null : round(averageWait, 1),
      p90WaitSeconds: percentile(this.waitBins, 0.9),
      chatsRequested: c.chatsRequested,
      chatsAccepted: c.chatsAccepted,
      chatsAbandoned: c.chatsAbandoned,
      averageChatWaitSeconds: averageChatWait === null ? null : round(averageChatWait, 1),
      firstResponse: slaFigure(this.firstResponse),
      resolution: slaFigure(this.resolution),
    };
  }
}

const cmp = (a: { requesterType: string }, b: { requesterType: string }) =>
  a.requesterType.localeCompare(b.requesterType);

function addVolume(into: VolumeFigure, figure: VolumeFigure): void {
  into.received += figure.received;
  into.answered += figure.answered;
}

function addSla(into: SlaCounts, counts: SlaCounts): void {
  into.count += counts.count;
  into.minutes += counts.minutes;
  into.withTarget += counts.withTarget;
  into.met += counts.met;
  into.breached += counts.breached;
}
