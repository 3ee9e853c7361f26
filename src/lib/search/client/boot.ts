// The only search code on every page (a few hundred bytes): it loads the search UI the
// first time a reader focuses a search box or presses '/', so pages where nobody searches
// never fetch the index or the search code.
import { warm } from './client.ts'

let loading: Promise<void> | null = null

/** The UI, and at the same time the worker with the index: the reader is about to search. */
export function loadSearch(form: HTMLElement | null): Promise<void> {
  const root = form?.dataset['index']
  if (!loading && root) warm(root)
  loading ??= import('./ui.ts').then((ui) => ui.start())
  return loading
}

const isSearchBox = (t: EventTarget | null) => t instanceof HTMLInputElement && t.hasAttribute('data-search')

document.addEventListener('focusin', (e) => {
  if (isSearchBox(e.target)) void loadSearch((e.target as HTMLElement).closest('form'))
})

// Composition may start before the UI has loaded; the UI reads this mark to know that
// the letters already in the box are pinyin being composed, not a query.
document.addEventListener('compositionstart', (e) => {
  if (isSearchBox(e.target)) (e.target as HTMLInputElement).dataset['composing'] = 'true'
})
document.addEventListener('compositionend', (e) => {
  if (isSearchBox(e.target)) delete (e.target as HTMLInputElement).dataset['composing']
})

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return
  const t = e.target as HTMLElement | null
  if (t?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return
  const box =
    document.querySelector<HTMLInputElement>('form[data-search-page] input[data-search]') ??
    document.querySelector<HTMLInputElement>('input[data-search]')
  if (!box) return
  e.preventDefault()
  box.focus()
})

// The search page is where people search: it starts at once (to show ?q= results).
const page = document.querySelector<HTMLElement>('form[data-search-page]')
if (page) void loadSearch(page)
