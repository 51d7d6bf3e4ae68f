import { graphql } from '../../generated';

/** The admin's ticket settings (supervisors read them): one query, one mutation per setting. */

graphql(`
  fragment BusinessCalendarFields on BusinessCalendar {
    id
    name
    timeZone
    hours { day start end }
    holidays
  }
`);

graphql(`
  fragment TicketSettingsFields on TicketSettings {
    requesterTypes { key name { fa en ja vi } }
    inboundAddresses { address department { ...DepartmentFields } }
    defaultDepartment { ...DepartmentFields }
    departments {
      department { ...DepartmentFields }
      fields { key label { fa en ja vi } kind options required public }
      autoAssignment
      capPerAgent
    }
    calendars { ...BusinessCalendarFields }
    slaPolicies {
      department { ...DepartmentFields }
      priority
      calendar { id name }
      firstResponseMinutes
      nextResponseMinutes
      resolutionMinutes
    }
    smtpListener
  }
`);

export const TicketSettingsQuery = graphql(`
  query TicketSettings { ticketSettings { ...TicketSettingsFields } }
`);

export const SetRequesterTypesMutation = graphql(`
  mutation SetRequesterTypes($types: [RequesterTypeInput!]!, $commandId: ID!) {
    setRequesterTypes(types: $types, commandId: $commandId) { ...TicketSettingsFields }
  }
`);

export const SetInboundAddressesMutation = graphql(`
  mutation SetInboundAddresses($addresses: [InboundAddressInput!]!, $defaultDepartmentId: ID!, $commandId: ID!) {
    setInboundAddresses(addresses: $addresses, defaultDepartmentId: $defaultDepartmentId, commandId: $commandId) {
      ...TicketSettingsFields
    }
  }
`);

export const DefineTicketFieldsMutation = graphql(`
  mutation DefineTicketFields($departmentId: ID!, $fields: [TicketFieldDefinitionInput!]!, $commandId: ID!) {
    defineTicketFields(departmentId: $departmentId, fields: $fields, commandId: $commandId) {
      ...TicketSettingsFields
    }
  }
`);

export const SetAutoAssignmentMutation = graphql(`
  mutation SetAutoAssignment($departmentId: ID!, $enabled: Boolean!, $capPerAgent: Int!, $commandId: ID!) {
    setAutoAssignment(departmentId: $departmentId, enabled: $enabled, capPerAgent: $capPerAgent, commandId: $commandId) {
      ...TicketSettingsFields
    }
  }
`);

export const SetBusinessCalendarMutation = graphql(`
  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!, $commandId: ID!) {
    setBusinessCalendar(calendar: $calendar, commandId: $commandId) { ...TicketSettingsFields }
  }
`);

export const SetSlaPolicyMutation = graphql(`
  mutation SetSlaPolicy($policy: SlaPolicyInput!, $commandId: ID!) {
    setSlaPolicy(policy: $policy, commandId: $commandId) { ...TicketSettingsFields }
  }
`);
