/** The few parts of `hoodiecrow-imap` (a scriptable IMAP server for client tests) the tests use. */
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';

  interface HoodiecrowMessage {
    raw: string;
    flags?: string[];
  }
  interface HoodiecrowOptions {
    plugins?: string[];
    storage?: Record<string, { messages?: HoodiecrowMessage[] }>;
  }
  interface HoodiecrowServer {
    server: Server;
    listen(port: number, host: string, callback: () => void): void;
    close(callback?: () => void): void;
  }
  export default function hoodiecrow(options?: HoodiecrowOptions): HoodiecrowServer;
}
