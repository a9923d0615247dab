import type { DataSource } from 'typeorm';

export type OpenStream = <Row>(sql: string, params: unknown[]) => Promise<AsyncIterable<Row>>;
export type SnapshotQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Runs `use` with a database cursor opener on one dedicated connection, released whatever
 * happens: exports read their rows a batch at a time, never the whole result into memory. One
 * stream is open at a time on the connection: consume each before opening the next. With
 * `snapshot`, everything runs in one repeatable-read transaction, so what `query` reads first
 * (e.g. the rows' count for a download log) is exactly what is then streamed.
 */
export async function withQueryStream<T>(
  dataSource: DataSource,
  use: (open: OpenStream, query: SnapshotQuery) => Promise<T>,
  snapshot = false,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    if (snapshot) await runner.startTransaction('REPEATABLE READ');
    const open: OpenStream = async <Row>(sql: string, params: unknown[]) => (await runner.stream(sql, params)) as AsyncIterable<Row>;
    const result = await use(open, (text, values) => runner.query(text, values));
    if (snapshot) await runner.commitTransaction();
    return result;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

/** One query streamed into `consume`; `prepare` runs first in the same snapshot. */
export function withStream<Row, T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  consume: (rows: AsyncIterable<Row>) => Promise<T>,
  prepare?: (query: SnapshotQuery) => Promise<void>,
): Promise<T> {
  return withQueryStream(
    dataSource,
    async (open, query) => {
      if (prepare) await prepare(query);
      return consume(await open<Row>(sql, params));
    },
    prepare !== undefined,
  );
}
