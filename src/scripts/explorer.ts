// Progressive filtering (and sorting) of a list the page renders in full: without
// JavaScript every item is visible and the filters stay hidden. The named
// controls filter the [data-item] elements by their data attributes
// (src/lib/filters.ts); [data-group] elements with no item left are hidden; the
// state lives in the URL query (a change is a history entry, so Back undoes it).
import { matches, readQuery, writeQuery, type FilterState } from '../lib/filters.ts'

type Control = HTMLInputElement | HTMLSelectElement
const SORT = ['sort', 'order']

/**
 * Header cells with data-sort get a button; sorting is by each row's cell in that
 * column (its data-value, else its text; numerically with data-type="number"),
 * ties in the order the page printed. aria-sort marks the sorted column.
 */
function sortable(table: HTMLTableElement, onSort: (key: string, order: 'asc' | 'desc') => void) {
  const body = table.tBodies[0]!
  const rows = [...body.rows]
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')]
  for (const th of heads) {
    const button = document.createElement('button')
    button.type = 'button'
    button.append(...th.childNodes)
    button.addEventListener('click', () => onSort(th.dataset['sort']!, th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc'))
    th.append(button)
  }
  return (key?: string, order?: string) => {
    const th = heads.find((h) => h.dataset['sort'] === key)
    for (const h of heads) if (h !== th) h.removeAttribute('aria-sort')
    if (!th) return body.append(...rows)
    const desc = order === 'desc'
    th.setAttribute('aria-sort', desc ? 'descending' : 'ascending')
    const numeric = th.dataset['type'] === 'number'
    const keyed = rows.map((row, i) => {
      const cell = row.cells[th.cellIndex]!
      return { row, i, v: cell.dataset['value'] ?? cell.textContent!.trim() }
    })
    keyed.sort((a, b) => {
      const d = numeric ? Number(a.v) - Number(b.v) : a.v.localeCompare(b.v, 'zh')
      return (desc ? -d : d) || a.i - b.i
    })
    body.append(...keyed.map((k) => k.row))
  }
}

export function explorer(root: HTMLElement) {
  const filters = root.querySelector<HTMLElement>('[data-filters]')
  if (!filters) return
  const controls = [...filters.querySelectorAll<Control>('select[name], input[name]')]
  const table = root.querySelector<HTMLTableElement>('table[data-sortable]')
  const names = [...controls.map((c) => c.name), ...(table ? SORT : [])]
  const items = [...root.querySelectorAll<HTMLElement>('[data-item]')]
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')]
  const status = filters.querySelector<HTMLElement>('[role="status"]')
  const measure = status?.dataset['measure'] ?? ''
  let state: FilterState = {}
  let typing = false

  const render = () => {
    for (const c of controls) {
      c.value = state[c.name] ?? ''
      // a value the select does not offer (an old link) is no filter
      if (state[c.name] && c.value !== state[c.name]) delete state[c.name]
    }
    let shown = 0
    for (const item of items) {
      item.hidden = !matches({ keys: item.dataset, text: item.textContent ?? '' }, state, 'q', SORT)
      if (!item.hidden) shown++
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-item]:not([hidden])')
    if (status) status.textContent = shown === items.length ? `共 ${shown} ${measure}` : `显示 ${shown} / ${items.length} ${measure}`
    sort?.(state['sort'], state['order'])
  }
  const commit = (next: FilterState, push: boolean) => {
    state = next
    const url = location.pathname + writeQuery(state, names) + location.hash
    history[push ? 'pushState' : 'replaceState'](null, '', url)
    render()
  }
  const sort = table && sortable(table, (key, order) => commit({ ...state, sort: key, order }, true))

  // A select's change is one history entry; typing in the search box is one in all.
  filters.addEventListener('change', (e) => {
    const c = e.target as Control
    if (c instanceof HTMLSelectElement) {
      typing = false
      commit({ ...state, [c.name]: c.value }, true)
    }
  })
  filters.addEventListener('input', (e) => {
    const c = e.target as Control
    if (c instanceof HTMLInputElement) {
      commit({ ...state, [c.name]: c.value }, !typing)
      typing = true
    }
  })
  filters.querySelector('[data-reset]')?.addEventListener('click', () => {
    typing = false
    commit({ sort: state['sort'] ?? '', order: state['order'] ?? '' }, true)
  })
  addEventListener('popstate', () => {
    typing = false
    state = readQuery(location.search, names)
    render()
  })

  state = readQuery(location.search, names)
  filters.hidden = false
  render()
}
