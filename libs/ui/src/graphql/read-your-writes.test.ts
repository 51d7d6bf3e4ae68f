import { describe, expect, it, vi } from 'vitest';
import { readYourWritesFetch } from './read-your-writes';

const answer = (position?: string) =>
  new Response('{}', { headers: position ? { 'deskstream-position': position } : {} });

describe('readYourWritesFetch', () => {
  it('sends back the latest position the api answered, never an earlier one', async () => {
    const inner = vi.fn<typeof fetch>();
    inner
      .mockResolvedValueOnce(answer())
      .mockResolvedValueOnce(answer('20-20'))
      .mockResolvedValueOnce(answer('9-9'))
      .mockResolvedValueOnce(answer('100-99'))
      .mockResolvedValueOnce(answer());
    const fetchWithPositions = readYourWritesFetch(inner);
    for (let call = 0; call < 5; call++)
      await fetchWithPositions('/graphql', { method: 'POST', headers: { authorization: 'Bearer t' } });
    const sent = inner.mock.calls.map(([, init]) => new Headers(init?.headers).get('deskstream-after'));
    expect(sent).toEqual([null, null, '20-20', '20-20', '100-99']);
    expect(new Headers(inner.mock.calls[4]![1]?.headers).get('authorization')).toBe('Bearer t');
  });

  it('ignores a header that names no position', async () => {
    const inner = vi.fn<typeof fetch>().mockResolvedValueOnce(answer('x-1')).mockResolvedValueOnce(answer());
    const fetchWithPositions = readYourWritesFetch(inner);
    await fetchWithPositions('/graphql');
    await fetchWithPositions('/graphql');
    expect(new Headers(inner.mock.calls[1]![1]?.headers).get('deskstream-after')).toBeNull();
  });
});
