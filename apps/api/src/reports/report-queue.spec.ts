import { ReportQueue } from './report-queue';

describe('ReportQueue', () => {
  it('runs jobs one at a time, in order, and survives a failing one', async () => {
    const log: string[] = [];
    let running = 0;
    const queue = new ReportQueue(async (id) => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${id}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`end ${id}`);
      running -= 1;
      if (id === 'b') throw new Error('boom');
    });
    queue.enqueue('a');
    queue.enqueue('b');
    queue.enqueue('b'); // already waiting: not twice
    queue.enqueue('c');
    await queue.idle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('returns before the job runs (off the request path) and stops taking work when stopped', async () => {
    const ran: string[] = [];
    const queue = new ReportQueue(async (id) => {
      ran.push(id);
    });
    queue.enqueue('a');
    expect(ran).toEqual([]);
    await queue.stop();
    queue.enqueue('b');
    await queue.idle();
    expect(ran).toEqual(['a']);
  });
});
