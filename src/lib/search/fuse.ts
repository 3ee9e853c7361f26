// How Fuse is used: over names only (titles, aliases, related names and their pinyin),
// a few dozen candidates at a time, to forgive typos and rank near misses. Body text is
// matched through the gram index instead. Options as measured for fuse.js 7.5:
// - ignoreLocation: a short name may sit anywhere in a long title;
// - threshold 0.3 with minMatchCharLength 2: a two-character query must match both
//   characters (at 0.6 one of the two would do);
// - ignoreFieldNorm: Fuse's norm counts whitespace-separated tokens, which unspaced
//   Chinese does not have; name length is weighed in rank.ts instead.
// The basic build: no extended or logical queries, which this search does not use.
import Fuse, { type IFuseOptions } from 'fuse.js/basic'
import type { FuseDoc } from './types.ts'

export const FUSE_KEYS = [
  { name: 'n', weight: 3 },
  { name: 'a', weight: 3 },
  { name: 'c', weight: 1 },
  { name: 'p', weight: 2 },
  { name: 'i', weight: 1 },
]

/** The key of the normalised title, whose match positions highlight the title. */
export const NAME_KEY = 'n'

export const FUSE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: FUSE_KEYS,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
  includeMatches: true,
}

/** A passage counts like the lightest key (c): its weight over the sum of the weights. */
export const PASSAGE_WEIGHT = 1 / FUSE_KEYS.reduce((n, k) => n + k.weight, 0)

/** Fuse's bitap works on patterns of up to 32 characters; longer ones are matched as phrases only. */
export const FUSE_PATTERN_LIMIT = 32

/** Build time: the serialised index of one chunk's documents. */
export function fuseIndexJson(docs: FuseDoc[]) {
  return Fuse.createIndex(FUSE_KEYS, docs).toJSON()
}

export { Fuse }
