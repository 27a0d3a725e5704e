// The demo data: featured stories first, then random ones, all played through the domain relative to `now`.
// Same seed + same now (to the minute) → same data.
import type { StateData } from '../../domain/state';
import { DemoBuilder } from './demo-builder';
import { featuredStories } from './featured';
import { fillerStories } from './filler';
import { createRng, seedNumber } from './prng';

export const DEFAULT_SEED = 42;
export const DEFAULT_SIZE = 300;
export const MAX_SIZE = 100_000;

export interface DemoOptions {
  seed: number | string;
  size: number; // callbacks, open and closed
  now: string; // ISO instant; the data is built around it (rounded down to the minute)
}

export function generateDemoData(options: DemoOptions): StateData {
  const anchor = Math.floor(Date.parse(options.now) / 60_000) * 60_000;
  const size = Math.max(1, Math.min(MAX_SIZE, Math.floor(options.size)));
  const builder = new DemoBuilder(createRng(seedNumber(options.seed)), anchor, size);
  featuredStories(builder);
  fillerStories(builder);
  return builder.data();
}
