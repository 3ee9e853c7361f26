// Narrowing a list that the page renders in full. Each item carries its keys as
// data attributes (space-separated tokens: data-subject="enterprises/x"); a form
// of selects and a text box picks the items to show, and the URL query holds the
// state, so that a filtered view can be shared and Back undoes a change. Pure
// functions, used by the build (options) and by the browser (src/scripts/).

export type FilterState = Record<string, string>

/** A key usable as a token of a data attribute: no whitespace. */
export const filterKey = (s: string) => s.trim().replace(/\s+/g, '_')

/** The values the query sets for `names`; other parameters and empty values are left out. */
export function readQuery(search: string, names: readonly string[]): FilterState {
  const params = new URLSearchParams(search)
  const state: FilterState = {}
  for (const name of names) {
    const value = params.get(name)?.trim()
    if (value) state[name] = value
  }
  return state
}

/** '?unit=CNY&q=…' in the order of `names`, or '' when nothing is set. */
export function writeQuery(state: FilterState, names: readonly string[]): string {
  const params = new URLSearchParams()
  for (const name of names) {
    const value = state[name]?.trim()
    if (value) params.set(name, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

export interface Filterable {
  /** Tokens per filter name, space-separated (a data attribute's value). */
  keys: Record<string, string | undefined>
  /** What the text box searches. */
  text: string
}

/**
 * Whether an item passes every filter set: a key filter wants the value among the
 * item's tokens, the text filter (`textName`) wants it in the item's text. Names
 * in `ignore` (sort order and the like) are not filters.
 */
export function matches(item: Filterable, state: FilterState, textName = 'q', ignore: readonly string[] = []): boolean {
  for (const [name, value] of Object.entries(state)) {
    if (!value || ignore.includes(name)) continue
    if (name === textName) {
      if (!item.text.toLowerCase().includes(value.trim().toLowerCase())) return false
    } else if (!(item.keys[name] ?? '').split(/\s+/).includes(value)) {
      return false
    }
  }
  return true
}

export interface FilterOption {
  value: string
  label: string
  count: number
}

/**
 * The choices of one filter: every key the items have, with how many items have
 * it, in the order of `compare` (by label, Chinese collation, by default).
 */
export function countOptions<T>(
  items: readonly T[],
  keysOf: (item: T) => string[],
  labelOf: (key: string) => string,
  compare: (a: FilterOption, b: FilterOption) => number = (a, b) => a.label.localeCompare(b.label, 'zh') || (a.value < b.value ? -1 : 1),
): FilterOption[] {
  const counts = new Map<string, number>()
  for (const item of items) for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts.entries()].map(([value, count]) => ({ value, label: labelOf(value), count })).sort(compare)
}

/** Most items first, then by label: for filters where the common choices matter most. */
export const byCount = (a: FilterOption, b: FilterOption) =>
  b.count - a.count || a.label.localeCompare(b.label, 'zh') || (a.value < b.value ? -1 : 1)
