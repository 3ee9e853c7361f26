// The search boxes, loaded the first time a reader focuses one (see boot.ts): the header
// box shows the best few results under it as the reader types; the search page shows
// every type of result, grouped, and keeps the query in its URL.
import type { Group, Hit, Results } from '../engine.ts'
import { prefetch, search } from './client.ts'
import { Combobox } from './combobox.ts'
import { el, hitLink } from './render.ts'

const TYPE_NAMES: Record<string, string> = { article: '报道', enterprise: '企业', project: '项目', metric: '数据', event: '事件' }

/** Results as they come, the newest query winning (a slow answer to an old query is dropped). */
function latest<A extends unknown[]>(run: (...args: A) => Promise<Results>, show: (r: Results) => void, fail: (e: Error) => void) {
  let n = 0
  return (...args: A) => {
    const mine = ++n
    run(...args).then(
      (r) => mine === n && show(r),
      (e: Error) => mine === n && fail(e),
    )
  }
}

/** The results container becomes a listbox only with the code that fills it. */
function listbox(el: HTMLElement): HTMLElement {
  el.setAttribute('role', 'listbox')
  el.setAttribute('aria-label', '搜索结果')
  return el
}

/** Tells whoever listens (tests, the bench) that results are on screen. */
const announce = (form: HTMLElement, r: Results) =>
  form.dispatchEvent(new CustomEvent('search:results', { bubbles: true, detail: { query: r.query, total: r.total } }))

function dropdown(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[data-search]')!
  const list = listbox(form.querySelector<HTMLElement>('.site-search-list')!)
  const root = form.dataset['index']!
  const base = form.dataset['base']!
  const open = (yes: boolean) => {
    list.hidden = !yes
    input.setAttribute('aria-expanded', String(yes))
  }
  const show = (r: Results) => {
    if (r.query !== input.value) return
    list.replaceChildren()
    box.setActive(null)
    r.hits.slice(0, 8).forEach((hit, i) => list.append(hitLink(hit, { id: `site-search-${i}`, base, label: TYPE_NAMES[hit.type] ?? '' })))
    const all = el('a', { id: 'site-search-all', class: 'search-all', role: 'option', 'aria-selected': 'false', href: `${form.action}?q=${encodeURIComponent(r.query)}` })
    all.textContent = r.total ? `查看全部 ${r.total} 条结果` : `没有找到“${r.query}”，查看搜索建议`
    list.append(all)
    open(true)
    announce(form, r)
  }
  const run = latest((q: string) => search(root, q, { top: 8, perType: 1 }), show, () => open(false))
  const box = new Combobox(input, list, {
    onInput: (q) => {
      if (q.trim()) prefetch(root, q)
    },
    onQuery: (q) => (q.trim() ? run(q) : open(false)),
    onCommit: (q) => {
      if (q.trim()) location.assign(`${form.action}?q=${encodeURIComponent(q)}`)
    },
    onClear: () => open(false),
  })
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false)
  })
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) open(true)
  })
  if (input.value.trim() && !box.composing) run(input.value)
}

function resultsPage(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[data-search]')!
  const root = form.dataset['index']!
  const base = form.dataset['base']!
  const list = listbox(document.getElementById('search-results')!)
  const status = document.getElementById('search-status')!
  const filters = document.getElementById('search-filters')!
  const more = document.getElementById('search-more') as HTMLButtonElement
  const start = document.getElementById('search-start')!
  const none = document.getElementById('search-none')!
  form.hidden = false

  let current: Results | null = null
  let type: string | null = null
  /** the current history entry holds a query the reader settled on */
  let settled = false
  let shown = 0

  const params = () => new URL(location.href).searchParams
  const urlFor = (q: string, t: string | null) => {
    const u = new URL(form.action, location.href)
    if (q) u.searchParams.set('q', q)
    if (q && t) u.searchParams.set('type', t)
    return u.pathname + u.search
  }

  function clear(message: string) {
    current = null
    input.setAttribute('aria-expanded', 'false')
    list.replaceChildren()
    filters.replaceChildren()
    more.hidden = true
    none.hidden = true
    status.textContent = message
  }

  function renderGroups(groups: Group[]) {
    list.replaceChildren()
    let n = 0
    for (const g of groups) {
      const group = el('div', { role: 'group', class: 'search-group', 'aria-label': `${g.label} ${g.count} 条` })
      group.append(el('div', { class: 'search-group-label', 'aria-hidden': 'true' }, g.label, el('span', { class: 'search-count' }, String(g.count))))
      for (const hit of g.hits) group.append(hitLink(hit, { id: `search-hit-${n++}`, base }))
      list.append(group)
    }
  }

  function renderFilters(r: Results) {
    filters.replaceChildren()
    if (r.groups.length < 2 && !type) return
    const button = (t: string | null, label: string, count: number) => {
      const b = el('button', { type: 'button', 'aria-pressed': String(type === t) }, label, el('span', { class: 'search-count' }, String(count)))
      b.addEventListener('click', () => {
        type = t
        history.pushState(null, '', urlFor(input.value, t))
        settled = true
        run(input.value)
      })
      return b
    }
    filters.append(button(null, '全部', r.total))
    for (const g of r.groups) filters.append(button(g.type, g.label, g.count))
  }

  function show(r: Results) {
    current = r
    box.setActive(null)
    start.hidden = true
    const groups = type ? r.groups.filter((g) => g.type === type) : r.groups
    renderGroups(groups)
    renderFilters(r)
    input.setAttribute('aria-expanded', String(groups.length > 0))
    shown = groups.reduce((n, g) => n + g.hits.length, 0)
    const count = type ? (groups[0]?.count ?? 0) : r.total
    more.hidden = !type || shown >= count
    none.hidden = r.total > 0
    if (r.total === 0) renderNone(r)
    status.textContent = r.total ? `“${r.query}”：找到 ${r.total} 条结果${type ? `，其中${TYPE_NAMES[type]} ${count} 条` : ''}` : `没有找到与“${r.query}”相关的结果`
    announce(form, r)
  }

  function renderNone(r: Results) {
    const suggestions = document.getElementById('search-suggestions')!
    suggestions.replaceChildren()
    for (const s of r.suggestions) {
      suggestions.append(el('li', {}, el('a', { href: urlFor(s, null) }, s)))
    }
    document.getElementById('search-suggestions-intro')!.hidden = r.suggestions.length === 0
  }

  const run = latest(
    (q: string) => search(root, q, type ? { type: type as never, perType: 20 } : {}),
    (r) => r.query === input.value && show(r),
    () => clear('搜索索引载入失败，请稍后重试，或从首页浏览全部报道。'),
  )

  function load(q: string) {
    if (!q.trim()) {
      clear('')
      start.hidden = false
      return
    }
    status.textContent = '正在搜索…'
    run(q)
  }

  more.addEventListener('click', async () => {
    if (!current || !type) return
    const q = current.query
    const r = await search(root, q, { type: type as never, perType: 20, offset: shown })
    if (current?.query !== q) return
    const group = list.querySelector('.search-group') ?? list
    const before = shown
    r.hits.forEach((hit: Hit, i) => group.append(hitLink(hit, { id: `search-hit-${before + i}`, base })))
    shown += r.hits.length
    const count = r.groups[0]?.count ?? 0
    more.hidden = r.hits.length === 0 || shown >= count
  })

  const box = new Combobox(input, list, {
    onInput: (q) => {
      if (q.trim()) prefetch(root, q)
    },
    onQuery: (q) => {
      // A query the reader settled on (Enter, or arriving by URL or Back) keeps its
      // history entry: typing after it starts a new entry, then refines that one.
      if (settled) history.pushState(null, '', urlFor(q, type))
      else history.replaceState(null, '', urlFor(q, type))
      settled = false
      load(q)
    },
    onCommit: (q) => {
      if (settled && params().get('q') !== q) history.pushState(null, '', urlFor(q, type))
      else history.replaceState(null, '', urlFor(q, type))
      settled = true
      load(q)
    },
    onClear: () => {
      type = null
      history.replaceState(null, '', urlFor('', null))
      settled = false
      load('')
    },
  })
  form.addEventListener('submit', (e) => e.preventDefault())

  const fromUrl = () => {
    const q = params().get('q') ?? ''
    settled = q !== ''
    type = q ? params().get('type') : null
    if (type && !(type in TYPE_NAMES)) type = null
    box.setValue(q)
    load(q)
  }
  window.addEventListener('popstate', fromUrl)
  fromUrl()
}

let started = false

export function start() {
  if (started) return
  started = true
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
    if (form.hasAttribute('data-search-page')) resultsPage(form)
    else dropdown(form)
  }

}
