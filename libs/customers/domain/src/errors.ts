/**
 * The customers context's error table: one stable reason per rejection, each mapped to the
 * GraphQL `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const CUSTOMERS_ERRORS = errorTable('CUSTOMER', {
  CUSTOMER_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such customer.' },
  CUSTOMER_ORGANISATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such organisation.' },
  CUSTOMER_PRODUCT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such product.' },
  CUSTOMER_REGISTRATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such registration.' },
  CUSTOMER_CONTACT_POINT_NOT_FOUND: { code: 'NOT_FOUND', message: 'The customer has no such contact point.' },
  CUSTOMER_EXISTS: { code: 'CONFLICT', message: 'This customer is already recorded.' },
  CUSTOMER_MERGED: {
    code: 'CONFLICT',
    message: 'This customer was merged into another; change the customer it now lives in.',
  },
  CUSTOMER_MERGE_INVALID: {
    code: 'CONFLICT',
    message: 'A customer is merged into another customer of the same kind, never into itself or a merged one.',
  },
  CUSTOMER_CONTACT_POINT_TAKEN: {
    code: 'CONFLICT',
    message: 'Another customer already has this contact point; merge the two instead.',
  },
  CUSTOMER_CONTACT_POINT_EXISTS: { code: 'CONFLICT', message: 'The customer already has this contact point.' },
  CUSTOMER_PRODUCT_EXISTS: { code: 'CONFLICT', message: 'A product with this key already exists.' },
  CUSTOMER_VERSION_EXISTS: { code: 'CONFLICT', message: 'The product already has this version.' },
  CUSTOMER_SERIAL_REGISTERED: {
    code: 'CONFLICT',
    message: 'This activation serial is already registered; withdraw that registration first.',
  },
  CUSTOMER_REGISTRATION_WITHDRAWN: { code: 'CONFLICT', message: 'This registration was already withdrawn.' },
  CUSTOMER_REVISION_CONFLICT: {
    code: 'CONFLICT',
    message: 'Someone changed this customer meanwhile; look again and repeat your change.',
  },
  CUSTOMER_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A name is 1 to 120 characters on one line, without < or > or control characters.',
  },
  CUSTOMER_EMAIL_INVALID: { code: 'VALIDATION_ERROR', message: 'This is not a valid email address.' },
  CUSTOMER_PHONE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'This is not a valid phone number (e.g. +98 21 3770 0000, or 021 3770 0000 in the desk’s country).',
  },
  CUSTOMER_CONTACT_POINTS_TOO_MANY: {
    code: 'VALIDATION_ERROR',
    message: 'A customer has at most 20 email addresses and 20 phone numbers.',
  },
  CUSTOMER_LANGUAGE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A language is a code of 2 or 3 letters, optionally with a region (fa, en, ja, vi, en-GB).',
  },
  CUSTOMER_PREFERRED_CONTACT_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Contact by email needs an email address, and by phone a phone number.',
  },
  CUSTOMER_ORGANISATION_TYPE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'An organisation has a type (publisher, bookseller, patron, school, company); a person has none.',
  },
  CUSTOMER_ORGANISATION_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Only a person belongs to an organisation, and it must be an organisation.',
  },
  CUSTOMER_REQUESTER_TYPE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A requester type is a key of 1 to 40 lower-case letters, digits, dashes or underscores.',
  },
  CUSTOMER_PRODUCT_KEY_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A product key is 2 to 40 lower-case letters, digits and dashes.',
  },
  CUSTOMER_PRODUCT_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A product name is 1 to 120 characters on one line.',
  },
  CUSTOMER_SERIAL_FORMAT_RULE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A serial format is 1 to 40 characters with at least one #, A or * (e.g. DS-####-####).',
  },
  CUSTOMER_VERSION_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'A version is 1 to 40 characters of letters, digits, dots, dashes and spaces; a release day is YYYY-MM-DD.',
  },
  CUSTOMER_VERSION_UNKNOWN: { code: 'VALIDATION_ERROR', message: 'The product has no such version.' },
  CUSTOMER_DEVICE_SERIAL_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The device serial does not follow the product’s format.',
  },
  CUSTOMER_ACTIVATION_SERIAL_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The activation serial does not follow the product’s format.',
  },
  CUSTOMER_REASON_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A reason is at most 500 characters.' },
  CUSTOMER_QUERY_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A search is at most 200 characters.' },
  CUSTOMER_COMMAND_ID_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A command id is 1 to 128 characters of A-Z, a-z, 0-9, :, - and _.',
  },
  CUSTOMER_PAGE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A page is 1 to 200 entries, after a cursor this list gave.',
  },
});

export type CustomersErrorReason = keyof typeof CUSTOMERS_ERRORS.entries;
export type CustomersRejection = Rejection<CustomersErrorReason>;

export const reject = (reason: CustomersErrorReason): CustomersRejection => CUSTOMERS_ERRORS.reject(reason);
