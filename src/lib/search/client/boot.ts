// The only search code on every page (a few hundred bytes): it loads the search UI the
// first time a reader focuses a search box or presses '/', so pages where nobody searches
// never fetch the index or the search code.
let loading: Promise<void> | null = null

export function loadSearch(): Promise<void> {
  loading ??= import('./ui.ts').then((ui) => ui.start())
  return loading
}

const isSearchBox = (t: EventTarget | null) => t instanceof HTMLInputElement && t.hasAttribute('data-search')

document.addEventListener('focusin', (e) => {
  if (isSearchBox(e.target)) void loadSearch()
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
if (document.querySelector('form[data-search-page]')) void loadSearch()
