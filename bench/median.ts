// Median time of one call, after a warm-up round: rounds of perRound calls each.
export function medianMs(run: () => void, rounds: number, perRound = 1): number {
  for (let i = 0; i < perRound; i++) run();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) run();
    samples.push((performance.now() - start) / perRound);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}
