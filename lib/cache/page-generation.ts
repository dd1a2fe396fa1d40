// A counter of writes to stored comparisons, shared by the whole process (the proxy is bundled apart
// from the routes, so it lives on globalThis): a cached page rendered before a write is not served after.
const shared = globalThis as unknown as { parallaxContentGeneration?: { value: number } };
const generation = (shared.parallaxContentGeneration ??= { value: 0 });

export const contentGeneration = (): number => generation.value;

/** Call after any write that can change what a comparison page shows (create, delete, re-analysis). */
export function contentChanged(): void {
  generation.value++;
}
