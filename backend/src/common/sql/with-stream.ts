import type { DataSource } from 'typeorm';

export type SnapshotQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Runs `consume` over the rows of a query read through a cursor (never all in memory), on a
 * connection of its own that is released whatever happens. With `prepare`, both run in one
 * repeatable-read snapshot: what `prepare` reads first (e.g. the rows' count) is exactly what is
 * then streamed.
 */
export async function withStream<Row, T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  consume: (rows: AsyncIterable<Row>) => Promise<T>,
  prepare?: (query: SnapshotQuery) => Promise<void>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    if (prepare) {
      await runner.startTransaction('REPEATABLE READ');
      await prepare((text, values) => runner.query(text, values));
    }
    const result = await consume((await runner.stream(sql, params)) as AsyncIterable<Row>);
    if (prepare) await runner.commitTransaction();
    return result;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}
