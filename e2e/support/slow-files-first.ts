import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser files that take longest (2–7 minutes each on two cores), longest first. vitest runs
 * files it has timed before longest first, but a clean clone (CI) has no timings, so it goes by file
 * size, and a short file of long tests (big-boards) came last and ran on alone at the end.
 */
const slowest = ['e2e/workspace.test.ts', 'e2e/meeting.test.ts', 'e2e/canvas.test.ts', 'e2e/big-boards.test.ts', 'e2e/templates.test.ts'];

/** vitest's own order, except that the slowest browser files start first when it has no timings. */
export default class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const path = relative(this.ctx.config.root, file.moduleId);
      const index = slowest.indexOf(path);
      return index === -1 || this.ctx.cache.getFileTestResults(`${file.project.name}:${path}`) ? slowest.length : index;
    };
    // Stable: everything else keeps vitest's order, and no file moves out of its project's group.
    return sorted
      .map((file, position) => ({ file, position }))
      .sort((a, b) => {
        const sameGroup = a.file.project.name === b.file.project.name;
        return sameGroup ? rank(a.file) - rank(b.file) || a.position - b.position : a.position - b.position;
      })
      .map(({ file }) => file);
  }
}
