/** GraphQL over HTTP for the benchmark's own set-up steps (sign in, go online), on loopback. */

export interface GraphqlReply<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<Data>(
  address: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<Data> {
  const response = await fetch(`${address}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const reply = (await response.json()) as GraphqlReply<Data>;
  if (reply.errors?.length || !reply.data)
    throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(reply.errors)}`);
  return reply.data;
}

export const SIGN_IN = 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }';
export const SET_PRESENCE =
  'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';

export async function signIn(address: string, username: string, password: string): Promise<string> {
  return (await gql<{ signIn: { token: string } }>(address, SIGN_IN, { u: username, p: password })).signIn.token;
}
