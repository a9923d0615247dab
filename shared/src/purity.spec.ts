import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** shared/ is imported by the browser and the server alike: it must stay framework-free. */
const FORBIDDEN = /from '(@nestjs\/|typeorm|class-validator|class-transformer|react|survey-|node:|pg'|express)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('shared package', () => {
  it('imports no framework, database or Node module', () => {
    const offenders = sourceFiles(__dirname).filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
