import { PromptCommitter } from '../../src/server/streams/prompt-committer';
import { createLogger } from '../../src/logger';

describe('PromptCommitter', () => {
  const log = createLogger('silent');
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A commit the test answers by hand, counting how many were started. */
  function manualCommits() {
    const answers: (() => void)[] = [];
    return { started: () => answers.length, commit: () => new Promise<void>((r) => answers.push(r)), answer: (i: number) => answers[i]!() };
  }

  it('commits the interval after the first acknowledgement, not before, and once for what came meanwhile', async () => {
    const c = manualCommits();
    const committer = new PromptCommitter({ commit: c.commit, everyMessages: 1000, everyMs: 100, log });
    committer.stored(1);
    jest.advanceTimersByTime(60);
    committer.stored(5);
    expect(c.started()).toBe(0);
    jest.advanceTimersByTime(40);
    expect(c.started()).toBe(1);
    jest.advanceTimersByTime(1000);
    expect(c.started()).toBe(1); // nothing new acknowledged: no commit
  });

  it('commits at once when many acknowledgements wait, and keeps one commit in flight', async () => {
    const c = manualCommits();
    const committer = new PromptCommitter({ commit: c.commit, everyMessages: 10, everyMs: 100, log });
    committer.stored(10);
    expect(c.started()).toBe(1);
    committer.stored(50);
    jest.advanceTimersByTime(500);
    expect(c.started()).toBe(1); // the first has not been answered: the 50 wait for it
    c.answer(0);
    await jest.advanceTimersByTimeAsync(0);
    expect(c.started()).toBe(2);
  });

  it('goes on after a failed commit, and stops committing once closed', async () => {
    let calls = 0;
    const commit = async () => {
      if (calls++ === 0) throw new Error('coordinator gone');
    };
    const committer = new PromptCommitter({ commit, everyMessages: 1, everyMs: 100, log });
    committer.stored(1);
    await jest.advanceTimersByTimeAsync(0);
    committer.stored(1);
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    await committer.close();
    committer.stored(5);
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
  });
});
