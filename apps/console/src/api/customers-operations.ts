import { graphql } from '../generated';

/**
 * Customers in the console (the customers context's GraphQL module): search, one customer with its
 * contact points, registrations and timeline, recording, changing and merging, the JSON export, the
 * product catalogue, and a ticket's customer. Types are generated from these documents (`npm run codegen`).
 */

graphql(`
  fragment CustomerRefFields on Customer {
    id
    kind
    organisationType
    name
  }
`);

graphql(`
  fragment CustomerHitFields on Customer {
    ...CustomerRefFields
    contactPoints { kind value display }
    requesterType
    mergedInto { id name }
  }
`);

graphql(`
  fragment ProductFields on Product {
    key
    name
    versions { version releasedOn }
    deviceSerialFormat
    activationSerialFormat
    deviceSerialExample
    activationSerialExample
    registrationCount
  }
`);

graphql(`
  fragment RegistrationFields on ProductRegistration {
    id
    product { key name }
    version
    deviceSerial
    activationSerial
    registeredAt
    withdrawnAt
    withdrawnReason
  }
`);

graphql(`
  fragment CustomerFields on Customer {
    ...CustomerRefFields
    contactPoints { kind value display }
    language
    preferredContact
    requesterType
    organisation { ...CustomerRefFields }
    members { ...CustomerRefFields }
    mergedInto { ...CustomerRefFields }
    mergedFrom { ...CustomerRefFields }
    createdAt
    updatedAt
    revision
    registrations(includeWithdrawn: true) { ...RegistrationFields }
  }
`);

graphql(`
  fragment CustomerTimelineEntryFields on CustomerTimelineEntry {
    id
    kind
    refId
    ticketNumber
    at
    updatedAt
    summary
    state
    via
  }
`);

export const CustomerSearchQuery = graphql(`
  query CustomerSearch($query: String, $kind: CustomerKind, $first: Int, $after: String) {
    customers(query: $query, kind: $kind, first: $first, after: $after) {
      edges { matchedBy node { ...CustomerHitFields } }
      pageInfo { endCursor hasNextPage }
      totalCount
    }
  }
`);

export const CustomerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) { ...CustomerFields }
  }
`);

export const CustomerTimelineQuery = graphql(`
  query CustomerTimeline($id: ID!, $first: Int, $after: String, $kinds: [CustomerTimelineKind!]) {
    customer(id: $id) {
      id
      timeline(first: $first, after: $after, kinds: $kinds) {
        entries { ...CustomerTimelineEntryFields }
        pageInfo { endCursor hasNextPage }
        totalCount
      }
    }
  }
`);

export const CustomerExportQuery = graphql(`
  query CustomerExport($id: ID!) {
    customerExport(id: $id) { fileName json }
  }
`);

export const RecordCustomerMutation = graphql(`
  mutation RecordCustomer($input: CustomerInput!, $commandId: ID!) {
    recordCustomer(input: $input, commandId: $commandId) { ...CustomerFields }
  }
`);

export const ChangeCustomerMutation = graphql(`
  mutation ChangeCustomer($id: ID!, $input: CustomerDetailsInput!, $expectedRevision: Int, $commandId: ID!) {
    changeCustomer(id: $id, input: $input, expectedRevision: $expectedRevision, commandId: $commandId) {
      ...CustomerFields
    }
  }
`);

export const AddContactPointMutation = graphql(`
  mutation AddContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {
    addContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {
      ...CustomerFields
    }
  }
`);

export const RemoveContactPointMutation = graphql(`
  mutation RemoveContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {
    removeContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {
      ...CustomerFields
    }
  }
`);

export const MergeCustomersMutation = graphql(`
  mutation MergeCustomers($survivorId: ID!, $duplicateId: ID!, $commandId: ID!) {
    mergeCustomers(survivorId: $survivorId, duplicateId: $duplicateId, commandId: $commandId) {
      ...CustomerFields
    }
  }
`);

export const RegisterProductMutation = graphql(`
  mutation RegisterProduct($input: RegisterProductInput!, $commandId: ID!) {
    registerProduct(input: $input, commandId: $commandId) { ...RegistrationFields }
  }
`);

export const WithdrawRegistrationMutation = graphql(`
  mutation WithdrawRegistration($registrationId: ID!, $reason: String, $commandId: ID!) {
    withdrawRegistration(registrationId: $registrationId, reason: $reason, commandId: $commandId) {
      ...RegistrationFields
    }
  }
`);

export const ProductsQuery = graphql(`
  query Products {
    products { ...ProductFields }
  }
`);

export const DefineProductMutation = graphql(`
  mutation DefineProduct($input: ProductInput!, $commandId: ID!) {
    defineProduct(input: $input, commandId: $commandId) { ...ProductFields }
  }
`);

export const ChangeProductMutation = graphql(`
  mutation ChangeProduct($input: ProductInput!, $commandId: ID!) {
    changeProduct(input: $input, commandId: $commandId) { ...ProductFields }
  }
`);

export const AddProductVersionMutation = graphql(`
  mutation AddProductVersion($productKey: ID!, $version: String!, $releasedOn: String, $commandId: ID!) {
    addProductVersion(productKey: $productKey, version: $version, releasedOn: $releasedOn, commandId: $commandId) {
      ...ProductFields
    }
  }
`);

export const TicketCustomerQuery = graphql(`
  query TicketCustomer($id: ID!) {
    ticket(id: $id) {
      id
      customer { ...CustomerHitFields }
      registrations { ...RegistrationFields }
    }
  }
`);
