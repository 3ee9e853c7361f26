// Pinyin of names, computed at build time (pinyin-pro costs the browser ~145 KB gzipped;
// the pinyin of the archive's names costs a few bytes per character). Polyphones are
// read in context (行长 → hang zhang). One syllable per normalised character, so that a
// match in the pinyin maps back to the characters to highlight.
import { pinyin } from 'pinyin-pro'

export interface NamePinyin {
  /** one per character of the normalised name: its syllable, or the character itself */
  syllables: string[]
  /** syllables joined: 'jiaxingnanhujichang' */
  full: string
  /** first letters: 'jxnhjc' */
  initials: string
}

/** `name` must be normalised (normalise.ts): no punctuation, lower case. */
export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name, { toneType: 'none', type: 'all', v: true }).map((p) =>
    p.isZh && p.pinyin ? p.pinyin.replace(/ü/g, 'v') : p.origin,
  )
  return {
    syllables,
    full: syllables.join(''),
    initials: syllables.map((s) => s[0] ?? '').join(''),
  }
}
