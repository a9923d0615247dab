import type { DataSource } from 'typeorm';

/** Runs `consume` over the rows of a query read through a cursor (never all in memory), on a
 * connection of its own that is released whatever happens. */
export async function withStream<Row, T>(dataSource: DataSource, sql: string, params: unknown[], consume: (rows: AsyncIterable<Row>) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    return await consume((await runner.stream(sql, params)) as AsyncIterable<Row>);
  } finally {
    await runner.release();
  }
}
