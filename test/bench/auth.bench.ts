import { type SpawnedApp, spawnApp } from '../support/spawned-app';
import { measure, report } from './measure';

describe('login throughput', () => {
  let served: SpawnedApp;
  beforeAll(async () => {
    served = await spawnApp();
  });
  afterAll(() => served.close());

  it('logs in the demo accounts over HTTP with 8 concurrent clients', async () => {
    const usernames = ['admin', 'steering', 'front', 'supervisor', 'enumerator'];
    let failures = 0;
    const timing = await measure(200, 8, async (i) => {
      const res = await fetch(`${served.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: usernames[i % usernames.length], password: 'demo1234' }),
      });
      if (res.status !== 200) failures++;
      await res.arrayBuffer();
    });
    report('login (argon2id, 8 clients)', timing);
    expect(failures).toBe(0);
  });
});
