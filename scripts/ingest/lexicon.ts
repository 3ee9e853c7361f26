import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// Linguistic knowledge of the ingest as word lists in `data/`, one entry a line
// (`#` starts a comment), so that a new role word or chrome label is a line of data,
// not a change of code. Each list is read once per process.

const DATA_DIR = join(import.meta.dirname, 'data')
const cache = new Map<string, string[][]>()

/** The entries of `data/<name>.txt`, each split at tabs into its fields. */
export function wordList(name: string): string[][] {
  let rows = cache.get(name)
  if (!rows) {
    rows = readFileSync(join(DATA_DIR, `${name}.txt`), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trimEnd())
      .filter((l) => l.trim() !== '')
      .map((l) => l.split('\t').map((f) => f.trim()))
    cache.set(name, rows)
  }
  return rows
}

/** The first field of every entry, longest first (so that an alternation tries 责任编辑 before 编辑). */
export function words(name: string): string[] {
  return wordList(name)
    .map((r) => r[0]!)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** An alternation of a list's words, longest first, for use inside a RegExp. */
export const alternation = (name: string): string => words(name).map(escape).join('|')
