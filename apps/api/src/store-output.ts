/**
 * What the embedded store says on stdout, one JSON object a line: where it listens, and what
 * opening its log changed (a torn tail cut, a salvage) or why it refused to open it (damage).
 */

/** A cut torn tail or a salvage, as the store reported it at one of its starts. */
export type StoreRecoveryReport =
  | {
      event: 'log-cut';
      time: string;
      file: string;
      at: number;
      bytes: number;
      reason: string;
      droppedEvents: number;
      message: string;
    }
  | {
      event: 'log-salvaged';
      time: string;
      file: string;
      damagedCopy: string;
      report: string;
      keptEvents: number;
      droppedEvents: number;
      droppedRanges: number;
      message: string;
    };

export interface StoreLine {
  event?: string;
  message: string;
  fields: Record<string, unknown>;
}

/** One output line: its `event` and fields, or the raw text when it is not JSON. */
export function parseStoreLine(line: string): StoreLine {
  try {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    if (parsed && typeof parsed === 'object') {
      return {
        event: typeof parsed.event === 'string' ? parsed.event : undefined,
        message: typeof parsed.message === 'string' ? parsed.message : line,
        fields: parsed,
      };
    }
  } catch {
    // not JSON: the line as it is
  }
  return { message: line, fields: {} };
}

export function recoveryReport(line: StoreLine): StoreRecoveryReport | undefined {
  if (line.event !== 'log-cut' && line.event !== 'log-salvaged') return undefined;
  const { service: _service, ...fields } = line.fields;
  void _service;
  return {
    ...fields,
    time: typeof fields.time === 'string' ? fields.time : new Date().toISOString(),
  } as StoreRecoveryReport;
}

/**
 * The store refused to open its log: damage with valid records after it, which a cut would lose.
 * Nothing was changed; a salvage keeps every whole append and reports what it dropped.
 */
export class StoreLogDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly at: number,
    readonly reason: string,
    readonly dbFolder: string,
  ) {
    super(
      `the event store's log ${file} is damaged at byte offset ${at} (${reason}), with valid events after it, so the store refuses to start and changes nothing. ` +
        `Copy the folder ${dbFolder} somewhere safe, then salvage it once (every whole append is kept at its position; what was dropped is listed in a report beside the log): ` +
        `EVENTSTORE_DEFAULT_ADMIN_PASSWORD="$(openssl rand -base64 24)" npm run esdb -- --db "${dbFolder}" --node-port 0 --salvage-log ` +
        `and stop it (Ctrl-C) once it says "salvaged"; then start the api again. See "A damaged store log" in the README.`,
    );
    this.name = 'StoreLogDamagedError';
  }
}

/** The damage a `log-damaged` line names, as an error; undefined for any other line. */
export function damageOf(line: StoreLine, dbFolder: string): StoreLogDamagedError | undefined {
  if (line.event !== 'log-damaged') return undefined;
  const { file, at, reason } = line.fields;
  return new StoreLogDamagedError(String(file), Number(at), String(reason), dbFolder);
}
