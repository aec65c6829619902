const levels = { error: 0, warn: 1, info: 2, debug: 3, silent: -1 } as const;
export type LogLevel = keyof typeof levels;

export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON line per entry on stderr. Callers pass ids and counts, never secrets or request bodies. */
export function createLogger(level: LogLevel): Logger {
  const max = levels[level];
  const write =
    (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
      if (levels[at] > max) return;
      process.stderr.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields })}\n`,
      );
    };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}
