/**
 * A ticket sent through the public contact form by the api alone (no browser), for tests that need
 * a requester's page to look at: the first department and requester type the form offers (a
 * customer when the desk has configured none, as the form does), and a secret link token of the
 * test's choosing.
 */
import { randomBytes } from 'node:crypto';

async function graphql<T>(apiUrl: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

interface Offer {
  publicTicketForm: {
    departments: {
      department: { id: string };
      fields: { key: string; kind: string; options: string[]; required: boolean }[];
    }[];
    requesterTypes: { key: string }[];
  };
}

/** Sends a ticket through the form; answers its number and the link's token. */
export async function sendPublicTicket(apiUrl: string): Promise<{ number: number; token: string }> {
  const offer = () =>
    graphql<Offer>(
      apiUrl,
      '{ publicTicketForm { departments { department { id } fields { key kind options required } } requesterTypes { key } } }',
      {},
    );
  const form = (await offer()).publicTicketForm;
  const token = randomBytes(32).toString('base64url');
  const department = form.departments[0]!;
  // Whatever the department requires, a value of its kind.
  const fields = department.fields
    .filter((field) => field.required)
    .map((field) => ({
      key: field.key,
      value: field.kind === 'SELECT' ? field.options[0] : field.kind === 'DATE' ? '2026-12-01' : '1',
    }));
  const { submitTicket } = await graphql<{ submitTicket: { number: number } }>(
    apiUrl,
    'mutation ($input: SubmitTicketInput!, $id: ID!) { submitTicket(input: $input, commandId: $id) { number } }',
    {
      id: `e2e-ticket-${token.slice(0, 12)}`,
      input: {
        departmentId: department.department.id,
        fields,
        requesterType: form.requesterTypes[0]?.key ?? 'customer',
        subject: 'Question marks instead of letters',
        text: 'After the update, the program shows question marks instead of Persian letters.',
        requester: { name: 'Ali Moradi', email: null, phone: null, language: 'en', contactMethod: 'NONE' },
        linkToken: token,
      },
    },
  );
  return { number: submitTicket.number, token };
}
