// A one-line progress bar for long batches, redrawn in place on a terminal (never on stdout).
export interface ProgressBar {
  tick(): void;
  /** A message line on stderr (an error for one batch line): printed above the bar, which is redrawn. */
  note(line: string): void;
  done(): void;
}

const WIDTH = 30;

export function createProgressBar(total: number, stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressBar {
  const started = now();
  let count = 0;
  let lastDraw = 0;
  const draw = () => {
    const fraction = total ? count / total : 1;
    const filled = Math.round(fraction * WIDTH);
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? count / seconds : 0;
    const eta = rate > 0 ? Math.ceil((total - count) / rate) : 0;
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${rate.toFixed(1)}/s ETA ${eta}s `,
    );
  };
  return {
    tick() {
      count++;
      const time = now();
      if (time - lastDraw >= 100 || count === total) {
        lastDraw = time;
        draw();
      }
    },
    note(line) {
      stream.write(`\r\x1b[2K${line}\n`);
      draw();
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}

export const silentProgress: ProgressBar = {
  tick() {},
  note(line) {
    process.stderr.write(`${line}\n`);
  },
  done() {},
};
