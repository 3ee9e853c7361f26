// A text box that controls a list of options (WAI-ARIA combobox with a listbox popup):
// ↑/↓ move through the options, Enter opens the active one, Esc clears. Search runs when
// the reader has finished typing a character: while an input method composes pinyin into
// Chinese, the letters in the box are not the query yet, so they are not searched.

export interface ComboboxHandlers {
  /** the query changed (typed, pasted, composed, cleared) */
  onQuery(query: string): void
  /** a keystroke changed the box (before the pause that makes it a query) */
  onInput?(query: string): void
  /** Enter with no active option */
  onCommit(query: string): void
  /** Esc */
  onClear(): void
}

export class Combobox {
  readonly input: HTMLInputElement
  readonly list: HTMLElement
  private timer: ReturnType<typeof setTimeout> | undefined
  private last: string
  private readonly handlers: ComboboxHandlers

  constructor(input: HTMLInputElement, list: HTMLElement, handlers: ComboboxHandlers) {
    this.input = input
    this.list = list
    this.handlers = handlers
    this.last = input.value
    // boot.ts marks the box while an input method composes (it may start before this loads).
    input.addEventListener('compositionend', () => {
      this.handlers.onInput?.(input.value)
      this.changed(0)
    })
    input.addEventListener('input', (e) => {
      if (this.composing || (e as InputEvent).isComposing) return
      this.handlers.onInput?.(input.value)
      this.changed(40)
    })
    input.addEventListener('keydown', (e) => this.key(e))
    // A click on an option must not blur the box first (which may close the list).
    list.addEventListener('mousedown', (e) => e.preventDefault())
  }

  get composing(): boolean {
    return this.input.dataset['composing'] === 'true'
  }

  /** Short pause so a burst of keystrokes (or a paste) is one search, not many. */
  private changed(delay: number) {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      const q = this.input.value
      if (q === this.last) return
      this.last = q
      this.handlers.onQuery(q)
    }, delay)
  }

  /** For a value set by the page (from the URL), so that it is not searched twice. */
  setValue(q: string) {
    this.input.value = q
    this.last = q
  }

  get options(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role="option"]')]
  }

  get active(): HTMLElement | null {
    const id = this.input.getAttribute('aria-activedescendant')
    return id ? document.getElementById(id) : null
  }

  setActive(option: HTMLElement | null) {
    this.active?.setAttribute('aria-selected', 'false')
    if (!option) {
      this.input.removeAttribute('aria-activedescendant')
      return
    }
    option.setAttribute('aria-selected', 'true')
    this.input.setAttribute('aria-activedescendant', option.id)
    option.scrollIntoView({ block: 'nearest' })
  }

  private key(e: KeyboardEvent) {
    if (e.isComposing || this.composing) return
    const options = this.options
    const at = this.active ? options.indexOf(this.active) : -1
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      const next = at < 0 ? (step > 0 ? 0 : options.length - 1) : (at + step + options.length) % options.length
      this.setActive(options[next]!)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (at >= 0) (options[at] as HTMLAnchorElement).click()
      else {
        clearTimeout(this.timer)
        this.last = this.input.value
        this.handlers.onCommit(this.input.value)
      }
    } else if (e.key === 'Escape') {
      e.preventDefault()
      clearTimeout(this.timer)
      this.setValue('')
      this.setActive(null)
      this.handlers.onClear()
    }
  }
}
