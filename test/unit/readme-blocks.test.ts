import { markerTestFile, READMES, readmeBlocks } from '../helpers/readme-blocks';

// A README block no test runs goes stale without anyone noticing (the client snippets once never got their
// message): every block must be run by a named test, or say why it cannot be.
describe('README code blocks', () => {
  it.each(READMES)('every block of %s is run by a test that names it, or marked not-run with a reason', (file) => {
    const problems = readmeBlocks(file).flatMap((block) => {
      const verdict = markerTestFile(block);
      return typeof verdict === 'string' ? [] : [`${block.file}:${block.line} (\`\`\`${block.lang}) ${verdict.problem}`];
    });
    expect(problems).toEqual([]);
  });

  it('finds the blocks of a README, with their markers', () => {
    const blocks = readmeBlocks('README.md');
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.find((b) => b.name === 'grpcurl-session')?.lang).toBe('sh');
  });
});
