/**
 * Custom field values checked against the department's definitions: numbers in any digits
 * (Persian and Arabic-Indic read), dates as YYYY-MM-DD that exist, one of a select's options,
 * text within bounds; required fields need a value when the ticket is opened.
 */
import { reject, type TicketsRejection } from './errors';
import { westernDigits } from './input-rules';
import { TICKET_LIMITS } from './limits';
import type { TicketFieldDefinition } from './ticket-settings-events';
import type { TicketFieldValue } from './tickets-events';

export interface FieldInput {
  key: string;
  value?: string | null;
}

/** A date `YYYY-MM-DD` that exists on the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** One value read for its field, or undefined when it does not fit. */
export function readFieldValue(
  definition: TicketFieldDefinition,
  raw: string | null | undefined,
): TicketFieldValue | undefined {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  switch (definition.kind) {
    case 'TEXT':
      return text.length <= TICKET_LIMITS.fieldTextCharacters ? text : undefined;
    case 'NUMBER': {
      const western = westernDigits(text)
        .replace(/[\u066b]/g, '.')
        .replace(/[\u066c,]/g, '');
      if (!/^[-+]?\d+(\.\d+)?$/.test(western)) return undefined;
      const number = Number(western);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'DATE': {
      const western = westernDigits(text);
      return isCalendarDate(western) ? western : undefined;
    }
    case 'SELECT':
      return definition.options.includes(text) ? text : undefined;
  }
}

/**
 * The values read against the definitions. `opening`: every required field must have a value.
 * Keys the department does not define are refused.
 */
export function checkFieldValues(
  inputs: readonly FieldInput[],
  definitions: readonly TicketFieldDefinition[],
  opening: boolean,
): Record<string, TicketFieldValue> | TicketsRejection {
  const values: Record<string, TicketFieldValue> = {};
  for (const input of inputs) {
    const definition = definitions.find((candidate) => candidate.key === input.key);
    if (!definition) return reject('TICKET_FIELD_NOT_FOUND');
    const value = readFieldValue(definition, input.value);
    if (value === undefined) return reject('TICKET_FIELD_INVALID');
    if (value === null && definition.required) return reject('TICKET_FIELD_INVALID');
    values[input.key] = value;
  }
  if (opening) {
    for (const definition of definitions) {
      if (definition.required && (values[definition.key] ?? null) === null) return reject('TICKET_FIELD_INVALID');
    }
  }
  return values;
}

/** A field value as text for GraphQL: numbers in Western digits, dates as written. */
export const fieldValueText = (value: TicketFieldValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);
