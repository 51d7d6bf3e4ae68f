/**
 * The fair's players reach the api through its real routes: GraphQL and the PBX webhook by
 * Fastify's `inject` (the whole request path, hooks and all, without a socket, so the clock's
 * instant follows the request), mail over real SMTP to the api's listener.
 */
import type { FastifyInstance } from 'fastify';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';

export class FairApiError extends Error {
  constructor(
    message: string,
    readonly reason: string | undefined,
  ) {
    super(message);
  }
}

export class FairApi {
  private readonly mail: Transporter;

  constructor(
    readonly app: FastifyInstance,
    private readonly ctiToken: string,
    smtpPort: number,
  ) {
    this.mail = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  }

  /** A GraphQL operation's data; throws the first error (with its `reason`). */
  async gql<Data>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
    remoteAddress = '127.0.0.1',
  ): Promise<Data> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: { query, variables },
    });
    const body = response.json() as { data?: Data; errors?: { message: string; extensions?: { reason?: string } }[] };
    const error = body.errors?.[0];
    if (error || !body.data)
      throw new FairApiError(error?.message ?? `HTTP ${response.statusCode}`, error?.extensions?.reason);
    return body.data;
  }

  /** One PBX webhook event; throws unless answered 200. */
  async cti(body: string): Promise<void> {
    const response = await this.app.inject({
      method: 'POST',
      url: `/api/v1/cti/${this.ctiToken}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: body,
    });
    if (response.statusCode !== 200)
      throw new FairApiError(`CTI answered ${response.statusCode}: ${response.body}`, 'CTI');
  }

  async sendMail(mail: SendMailOptions): Promise<void> {
    await this.mail.sendMail(mail);
  }

  close(): void {
    this.mail.close();
  }
}
