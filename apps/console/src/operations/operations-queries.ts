import { graphql } from '../generated';

/**
 * The operations pages' GraphQL: the dashboard over a period (the same selection for the page and
 * the printed report), the settings, and the admin's two changes. Fragments name what each part shows.
 */

graphql(`
  fragment OperationsVolumesFields on OperationsVolumes {
    received
    answered
    byChannel { channel received answered }
    byRequesterType { requesterType received answered }
    matrix { channel requesterType received answered }
  }
`);

graphql(`
  fragment OperationsStaffingFields on OperationsStaffing {
    agentsOnline
    personHours
    personDays
    handlingHours
    occupancy
  }
`);

graphql(`
  fragment OperationsSlaFields on OperationsSlaFigure {
    count
    averageMinutes
    withTarget
    met
    breached
    metRate
  }
`);

graphql(`
  fragment OperationsServiceLevelsFields on OperationsServiceLevels {
    callsOffered
    callsAnswered
    callsAbandoned
    answerRate
    serviceLevelSeconds
    answeredWithinTarget
    serviceLevel
    averageWaitSeconds
    p90WaitSeconds
    chatsRequested
    chatsAccepted
    chatsAbandoned
    averageChatWaitSeconds
    firstResponse { ...OperationsSlaFields }
    resolution { ...OperationsSlaFields }
  }
`);

graphql(`
  fragment OperationsShiftFields on OperationsShift {
    key
    name { fa en ja vi }
    start
    end
  }
`);

graphql(`
  fragment OperationsDashboardFields on OperationsDashboard {
    from
    to
    granularity
    timeZone
    settingsVersion
    rebuilding
    volumes { ...OperationsVolumesFields }
    staffing { ...OperationsStaffingFields }
    serviceLevels { ...OperationsServiceLevelsFields }
    buckets {
      key
      day
      hour
      shift
      start
      end
      backlog
      queuePeak
      volumes { received answered byChannel { channel received answered } }
      staffing { ...OperationsStaffingFields }
      serviceLevels { callsOffered callsAnswered callsAbandoned answerRate serviceLevel averageWaitSeconds }
    }
    backlog { key at open }
    peak { at waiting agentsOnline { id name } }
    shifts { ...OperationsShiftFields }
  }
`);

export const OperationsDashboardQuery = graphql(`
  query OperationsDashboard($filter: OperationsFilter!) {
    operationsDashboard(filter: $filter) { ...OperationsDashboardFields }
  }
`);

graphql(`
  fragment OperationsSettingsFields on OperationsSettings {
    version
    shifts { ...OperationsShiftFields }
    answeredMinTalkSeconds
    serviceLevelSeconds
    requesterTypes { key group }
    knownRequesterTypes
    updatedAt
    rebuild { state version finishedAt durationMs eventsReplayed }
  }
`);

export const OperationsSettingsQuery = graphql(`
  query OperationsSettings { operationsSettings { ...OperationsSettingsFields } }
`);

export const DefineOperationsShiftsMutation = graphql(`
  mutation DefineOperationsShifts($input: DefineShiftsInput!) {
    defineShifts(input: $input) { ...OperationsSettingsFields }
  }
`);

export const ChangeOperationsDefinitionsMutation = graphql(`
  mutation ChangeOperationsDefinitions($input: ChangeOperationsDefinitionsInput!) {
    changeOperationsDefinitions(input: $input) { ...OperationsSettingsFields }
  }
`);

/** The requester types' names as the tickets' settings give them, to name the dashboard's groups. */
export const OperationsRequesterTypesQuery = graphql(`
  query OperationsRequesterTypes { ticketSettings { requesterTypes { key name { fa en ja vi } } } }
`);
