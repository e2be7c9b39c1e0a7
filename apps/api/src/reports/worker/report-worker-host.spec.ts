import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The worker's heap limit when the API process runs with --max-old-space-size (as `npm start`
 * does): that V8 flag would override the worker's resourceLimits; the host sets it to the
 * worker's limit before starting it. Checked in a child process, since the flag is per process.
 */
describe('ReportWorkerHost under --max-old-space-size', () => {
  const root = join(__dirname, '../../../../..');
  const run = (heapMb: number) =>
    spawnSync(
      process.execPath,
      ['--max-old-space-size=192', '-r', join(root, 'tools/ts-run.cjs'), join(__dirname, 'testing/render-with-heap-flag.ts'), String(heapMb)],
      { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } },
    );

  it('a 4 MB worker runs out of memory although the process may use 192 MB', () => {
    const result = run(4);
    expect(result.stdout).toContain('RESULT the report worker ran out of memory (heap limit 4 MB)');
    expect(result.status).toBe(0);
  }, 120_000);

  it('a worker with enough heap renders', () => {
    const result = run(128);
    expect(result.stdout).toMatch(/RESULT rendered \d+ bytes/);
  }, 120_000);
});
