import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

type Window = { start: number; count: number };

/** Limits per client address, in memory (one app process; enough to stop guessing codes). */
export const PUBLIC_POLL_LIMITS = {
  /** Requests per address per minute: a meeting hall shares one address, so this is generous. */
  requests: { max: 120, ms: 60_000 },
  /** Unknown codes per address per 15 minutes: what guessing produces. */
  misses: { max: 20, ms: 15 * 60_000 },
};

@Injectable()
export class PublicPollThrottle {
  private readonly requests = new Map<string, Window>();
  private readonly misses = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts a request; 429 when the address is over either limit. */
  hit(address: string): void {
    const misses = this.current(this.misses, address, PUBLIC_POLL_LIMITS.misses.ms);
    const requests = this.current(this.requests, address, PUBLIC_POLL_LIMITS.requests.ms);
    requests.count += 1;
    if (requests.count > PUBLIC_POLL_LIMITS.requests.max || misses.count >= PUBLIC_POLL_LIMITS.misses.max) {
      throw new DomainError('TOO_MANY_ATTEMPTS', 'Quá nhiều lượt thử từ thiết bị này. Vui lòng thử lại sau ít phút.');
    }
  }

  /** Counts a code that does not exist. */
  miss(address: string): void {
    this.current(this.misses, address, PUBLIC_POLL_LIMITS.misses.ms).count += 1;
  }

  private current(windows: Map<string, Window>, address: string, ms: number): Window {
    const now = this.now();
    if (windows.size > 10_000) for (const [key, w] of windows) if (now - w.start >= ms) windows.delete(key);
    let window = windows.get(address);
    if (!window || now - window.start >= ms) {
      window = { start: now, count: 0 };
      windows.set(address, window);
    }
    return window;
  }
}
