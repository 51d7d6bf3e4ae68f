import { describe, expect, it } from 'vitest';
import { nextMessage, nextMessageStart, parseClientMessage } from './protocol';

describe('parseClientMessage', () => {
  it('takes the messages a graphql-ws client sends', () => {
    expect(parseClientMessage('{"type":"connection_init","payload":{"authorization":"Bearer x"}}')).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer x' },
    });
    expect(parseClientMessage('{"type":"ping"}')).toEqual({ type: 'ping' });
    expect(
      parseClientMessage('{"type":"subscribe","id":"1","payload":{"query":"subscription { a }","variables":null}}'),
    ).toMatchObject({
      type: 'subscribe',
      id: '1',
    });
    expect(parseClientMessage('{"type":"complete","id":"1"}')).toEqual({ type: 'complete', id: '1' });
  });

  it.each([
    ['not JSON', '{'],
    ['no type', '{"id":"1"}'],
    ['a server message', '{"type":"next","id":"1","payload":{}}'],
    ['subscribe without an id', '{"type":"subscribe","payload":{"query":"subscription { a }"}}'],
    ['subscribe without a query', '{"type":"subscribe","id":"1","payload":{}}'],
    ['variables that are not an object', '{"type":"subscribe","id":"1","payload":{"query":"x","variables":[1]}}'],
    [
      'an operation name that is not a string',
      '{"type":"subscribe","id":"1","payload":{"query":"x","operationName":3}}',
    ],
    ['complete without an id', '{"type":"complete"}'],
    ['an init payload that is not an object', '{"type":"connection_init","payload":"token"}'],
  ])('refuses %s', (_case, text) => {
    expect(parseClientMessage(text)).toHaveProperty('invalid');
  });
});

describe('nextMessage', () => {
  it('wraps shared result bytes with the subscription id into one protocol message', () => {
    const message = nextMessage(nextMessageStart('sub "1"'), Buffer.from('{"data":{"a":"۱۶۰۳"}}'));
    expect(JSON.parse(message.toString())).toEqual({ id: 'sub "1"', type: 'next', payload: { data: { a: '۱۶۰۳' } } });
  });
});
