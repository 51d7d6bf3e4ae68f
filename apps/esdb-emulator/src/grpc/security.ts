/**
 * Secure mode, as EventStoreDB has it: TLS, and every call that touches data carries the
 * credentials of a known user (HTTP basic `authorization` metadata, which the client sends only
 * over TLS). Server features and gossip answer anyone, as in EventStoreDB: the client asks for
 * them without credentials, and they tell nothing but the version and the address.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Metadata, ServerInterceptingCall, status, type ServerInterceptor } from '@grpc/grpc-js';
import { generate } from 'selfsigned';

export interface TlsCertificate {
  /** PEM certificate chain the server presents. */
  cert: string;
  /** PEM private key. */
  key: string;
}

const OPEN_SERVICES = ['/event_store.client.server_features.ServerFeatures/', '/event_store.client.gossip.Gossip/'];

/**
 * A self-signed certificate for one start, for `localhost`, 127.0.0.1, ::1 and `host`. It is its
 * own certificate authority: a client trusts it by taking it as its root certificate.
 */
export async function selfSignedCertificate(host: string): Promise<TlsCertificate> {
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
    { type: 7, ip: '::1' },
  ];
  if (!['localhost', '127.0.0.1', '::1', '0.0.0.0', '::'].includes(host)) {
    altNames.push(/^[\d.]+$|:/.test(host) ? { type: 7, ip: host } : { type: 2, value: host });
  }
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'esdb-emulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 365 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/** Users and their passwords; compared by digest in constant time. */
export class Users {
  private readonly digests = new Map<string, Buffer>();

  constructor(passwords: Record<string, string>) {
    for (const [user, password] of Object.entries(passwords)) this.digests.set(user, digest(password));
  }

  /** Whether an `authorization` header names a known user with the right password. */
  accepts(authorization: string): boolean {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
    if (!match) return false;
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    const expected = this.digests.get(decoded.slice(0, colon));
    const given = digest(decoded.slice(colon + 1));
    return expected !== undefined && timingSafeEqual(expected, given);
  }
}

function digest(password: string): Buffer {
  return createHash('sha256').update(password, 'utf8').digest();
}

/**
 * Refuses a call before its handler runs, with EventStoreDB's answers: no credentials is
 * PERMISSION_DENIED with an `access-denied` exception (the client's AccessDeniedError), wrong
 * ones are UNAUTHENTICATED (which the client maps to AccessDeniedError too).
 */
export function authentication(users: Users): ServerInterceptor {
  return (method, call) => {
    if (OPEN_SERVICES.some((prefix) => method.path.startsWith(prefix))) return new ServerInterceptingCall(call);
    return new ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMetadata: (metadata, forward) => {
            const [authorization] = metadata.get('authorization');
            if (typeof authorization === 'string' && users.accepts(authorization)) return forward(metadata);
            if (authorization === undefined) {
              const trailers = new Metadata();
              trailers.set('exception', 'access-denied');
              return call.sendStatus({ code: status.PERMISSION_DENIED, details: 'Access Denied', metadata: trailers });
            }
            call.sendStatus({ code: status.UNAUTHENTICATED, details: 'Bad credentials', metadata: new Metadata() });
          },
        }),
    });
  };
}
