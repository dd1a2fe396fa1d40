// `npm run bench [section...]`: runs the benchmark sections in scripts/bench/ and prints their figures.
// Each section exports `run(): Promise<void> | void` and prints its own lines.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main() {
  const wanted = process.argv.slice(2);
  const dir = join(__dirname, 'bench');
  const sections = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();
  for (const name of sections) {
    console.log(`\n## ${name}`);
    const section = await import(join(dir, `${name}.ts`));
    await section.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
