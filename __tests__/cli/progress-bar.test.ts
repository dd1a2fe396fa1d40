import { createProgressBar } from '@/cli/progress-bar';

function fakeStream() {
  const writes: string[] = [];
  return { writes, stream: { write: (chunk: string) => writes.push(chunk) } as unknown as NodeJS.WriteStream };
}

describe('progress bar', () => {
  test('redraws one line in place with count, rate and ETA, and ends with a newline', () => {
    const { writes, stream } = fakeStream();
    let clock = 0;
    const bar = createProgressBar(4, stream, () => clock);
    for (let i = 0; i < 2; i++) {
      clock += 500;
      bar.tick();
    }
    expect(writes.at(-1)).toBe(`\r[${'#'.repeat(15)}${'.'.repeat(15)}] 2/4 2.0/s ETA 1s `);
    clock += 1000;
    bar.tick();
    bar.tick();
    bar.done();
    expect(writes.at(-2)).toBe(`\r[${'#'.repeat(30)}] 4/4 2.0/s ETA 0s `);
    expect(writes.at(-1)).toBe('\n');
  });

  test('draws at most every 100 ms until the last item', () => {
    const { writes, stream } = fakeStream();
    const bar = createProgressBar(1000, stream, () => 1000);
    for (let i = 0; i < 999; i++) bar.tick();
    expect(writes).toHaveLength(1);
    bar.tick();
    expect(writes).toHaveLength(2);
  });
});
