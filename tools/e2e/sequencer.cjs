/**
 * Runs the browser specs in story order on the one shared server: the shell first, then the
 * submission workflow, then the workspaces spec (which opens and closes a period and submits
 * more reports, so it must not run before the workflow looks at the current period).
 */
const Sequencer = require('@jest/test-sequencer').default;

const ORDER = ['shell', 'workflow', 'workspaces'];

class E2eSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const index = ORDER.findIndex((name) => test.path.endsWith(`${name}.e2e.ts`));
      return index < 0 ? ORDER.length : index;
    };
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = E2eSequencer;
