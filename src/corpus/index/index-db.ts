/** @module The one interface the index store talks to: a thin adapter per engine (SQLite now, PostgreSQL later). */

export type SqlValue = string | number | null;

/**
 * One connection. Queries are written in portable SQL with `?` placeholders; an adapter translates
 * what its engine needs. Async so a network engine fits the same shape.
 */
export interface IndexDb {
  /** Run statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Run `task` in one transaction: all of its writes or none. Not re-entrant. */
  transaction<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
