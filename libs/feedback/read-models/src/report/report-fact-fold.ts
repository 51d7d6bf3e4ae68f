/** How the report folds what is not an item: topics, teams, the definition, surveys, ratings, searches, the catalogue. */
import { assertNever } from '@deskstream/domain-kit';
import { definitionOf, type FeedbackItemEvent } from '@deskstream/feedback-domain';
import type { FeedbackReport } from './feedback-report';
import type { ReportEvent } from './report-events';
import { surveyChannel } from './report-facts';

export function foldFact(report: FeedbackReport, event: Exclude<ReportEvent, FeedbackItemEvent>): boolean {
  const { facts } = report;
  switch (event.type) {
    case 'FeedbackTopicOpened':
      facts.topics.set(event.data.topicId, {
        id: event.data.topicId,
        title: event.data.title,
        product: event.data.product,
        kind: event.data.kind,
        teamId: null,
        status: null,
        answerVersion: null,
        answeredAt: null,
        fixReleased: false,
      });
      report.topicIds.id(event.data.topicId);
      return true;
    case 'FeedbackTopicRenamed':
    case 'FeedbackTopicForwarded':
    case 'FeedbackTopicAnswered':
    case 'FeedbackTopicFixReleased': {
      const topic = facts.topics.get(event.data.topicId);
      if (!topic) return false;
      if (event.type === 'FeedbackTopicRenamed') topic.title = event.data.title;
      else if (event.type === 'FeedbackTopicForwarded') topic.teamId = event.data.teamId;
      else if (event.type === 'FeedbackTopicFixReleased') topic.fixReleased = true;
      else
        Object.assign(topic, {
          status: event.data.status,
          answerVersion: event.data.version,
          answeredAt: event.data.at,
          fixReleased: false,
        });
      return true;
    }
    case 'ProductTeamDefined':
    case 'ProductTeamChanged': {
      const team = facts.teams.get(event.data.teamId);
      const products = new Set(event.data.products);
      if (team) Object.assign(team, { name: event.data.name, products });
      else
        facts.teams.set(event.data.teamId, {
          id: event.data.teamId,
          name: event.data.name,
          products,
          members: new Set(),
          personalDataGranted: false,
        });
      return true;
    }
    case 'ProductTeamMemberAdded':
    case 'ProductTeamMemberRemoved':
    case 'ProductTeamPersonalDataGranted':
    case 'ProductTeamPersonalDataRevoked': {
      const team = facts.teams.get(event.data.teamId);
      if (!team) return false;
      if (event.type === 'ProductTeamMemberAdded') team.members.add(event.data.staffId);
      else if (event.type === 'ProductTeamMemberRemoved') team.members.delete(event.data.staffId);
      else team.personalDataGranted = event.type === 'ProductTeamPersonalDataGranted';
      return true;
    }
    case 'FeedbackReportDefinitionChanged':
      report.latestDefinition = definitionOf(event.data);
      report.definitionChange = { at: event.data.at, byId: event.data.by.id };
      return true;
    case 'SurveyCreated':
      facts.surveys.set(event.data.surveyId, surveyChannel(event.data.subject));
      return false;
    case 'SurveyInvitationSent':
      return false;
    case 'SurveyAnswered': {
      const survey = facts.surveys.get(event.data.surveyId);
      if (!survey) return false;
      const day = report.days.dayOf(Date.parse(event.data.at));
      facts.ratings.add(day, event.data.rating, report.channels.id(survey.channel), report.products.id(survey.product));
      return true;
    }
    case 'ChatRated':
      facts.ratings.add(
        report.days.dayOf(Date.parse(event.data.ratedAt)),
        event.data.score,
        report.channels.id('CHAT'),
        0,
      );
      return true;
    case 'KnowledgeBaseSearchFoundNothing': {
      const atMs = Date.parse(event.data.at);
      const key = facts.searchQueries.id(`${event.data.normalizedQuery}\u0000${event.data.locale ?? ''}`);
      facts.searchMisses.push({ day: report.days.dayOf(atMs), atMs, key });
      facts.lastQueryText.set(key, event.data.query);
      return true;
    }
    case 'ProductDefined':
    case 'ProductChanged': {
      const product = facts.catalogue.get(event.data.productKey);
      if (product) product.name = event.data.name;
      else
        facts.catalogue.set(event.data.productKey, {
          key: event.data.productKey,
          name: event.data.name,
          versions: [],
        });
      return true;
    }
    case 'ProductVersionAdded': {
      const product = facts.catalogue.get(event.data.productKey);
      if (!product || product.versions.includes(event.data.version)) return false;
      product.versions.push(event.data.version);
      return true;
    }
    case 'TicketOpened':
      facts.ticketNumbers.set(event.data.ticketId, event.data.number);
      return false;
    default:
      return assertNever(event);
  }
}
