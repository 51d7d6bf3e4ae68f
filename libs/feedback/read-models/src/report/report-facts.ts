/**
 * What the report knows besides the items: topics (title, latest answer), product teams (their
 * products, members and whether they may see personal data), the product catalogue, the ratings
 * of satisfaction and product surveys (chat's ratings included), and the searches that found
 * nothing.
 */
import type { FeedbackAnswerStatus, FeedbackChannel, FeedbackKind, SurveySubject } from '@deskstream/feedback-domain';
import { Interner } from './report-columns';

export interface ReportTopic {
  id: string;
  title: string;
  product: string | null;
  kind: FeedbackKind | null;
  teamId: string | null;
  status: FeedbackAnswerStatus | null;
  answerVersion: string | null;
  answeredAt: string | null;
  fixReleased: boolean;
}

export interface ReportTeam {
  id: string;
  name: string;
  products: Set<string>;
  members: Set<string>;
  personalDataGranted: boolean;
}

export interface CatalogueProduct {
  key: string;
  name: string;
  versions: string[];
}

/** Growable integer columns of answers: day, rating, channel, product. */
export class Ratings {
  size = 0;
  day = new Int32Array(256);
  rating = new Int8Array(256);
  channel = new Int32Array(256);
  product = new Int32Array(256);

  add(day: number, rating: number, channel: number, product: number): void {
    if (this.size === this.day.length) {
      const grow = <T extends Int32Array | Int8Array>(array: T, make: (n: number) => T): T => {
        const grown = make(array.length * 2);
        grown.set(array);
        return grown;
      };
      this.day = grow(this.day, (n) => new Int32Array(n));
      this.rating = grow(this.rating, (n) => new Int8Array(n));
      this.channel = grow(this.channel, (n) => new Int32Array(n));
      this.product = grow(this.product, (n) => new Int32Array(n));
    }
    const row = this.size++;
    this.day[row] = day;
    this.rating[row] = rating;
    this.channel[row] = channel;
    this.product[row] = product;
  }
}

export interface SearchMiss {
  day: number;
  atMs: number;
  /** Interned `<normalised query>\u0000<language>`. */
  key: number;
}

export interface SurveyFacts {
  channel: FeedbackChannel;
  product: string | null;
}

/** The channel a survey's answers count in: the conversation's, or SURVEY for a product survey. */
export function surveyChannel(subject: SurveySubject): SurveyFacts {
  if (subject.type === 'PRODUCT') return { channel: 'SURVEY', product: subject.product };
  if (subject.chatId) return { channel: 'CHAT', product: null };
  if (subject.callId) return { channel: 'PHONE', product: null };
  return { channel: 'TICKET', product: null };
}

export class ReportFacts {
  readonly topics = new Map<string, ReportTopic>();
  readonly teams = new Map<string, ReportTeam>();
  readonly catalogue = new Map<string, CatalogueProduct>();
  readonly surveys = new Map<string, SurveyFacts>();
  readonly ratings = new Ratings();
  readonly searchMisses: SearchMiss[] = [];
  /** Per interned search key: the query as last typed. */
  readonly searchQueries = new Interner();
  readonly lastQueryText = new Map<number, string>();
  /** Ticket numbers by ticket id, for a drill-down to a ticket message. */
  readonly ticketNumbers = new Map<string, number>();
}
