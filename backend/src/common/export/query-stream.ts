import type { DataSource } from 'typeorm';

export type OpenStream = <Row>(sql: string, params: unknown[]) => Promise<AsyncIterable<Row>>;

/**
 * Runs `use` with a database cursor opener on one dedicated connection, released afterwards:
 * exports read their rows a batch at a time, never the whole result into memory. One stream is
 * open at a time on the connection: consume each before opening the next.
 */
export async function withQueryStream<T>(dataSource: DataSource, use: (open: OpenStream) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const open: OpenStream = async <Row>(sql: string, params: unknown[]) => (await runner.stream(sql, params)) as AsyncIterable<Row>;
    return await use(open);
  } finally {
    await runner.release();
  }
}
