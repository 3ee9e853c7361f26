// Sentences and clauses with their offsets in a block's text: a metric's or an
// event's quote is the sentence it was read from, and its subject and period are
// looked for in the same clause first.

export interface Span {
  text: string
  start: number
  end: number
}

const SENTENCE_END = /[。！？!?；;…]+[”’」』）)]*|\n+/g
const CLAUSE_END = /[，,、：:]/

/** The sentences of a text, each with its offsets; closing quotes stay with their sentence. */
export function sentences(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length
    push(out, text, start, end)
    start = end
  }
  push(out, text, start, text.length)
  return out
}

function push(out: Span[], text: string, start: number, end: number) {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e })
}

/** The sentence holding offset `at`. */
export function sentenceAt(all: Span[], at: number): Span | undefined {
  return all.find((s) => at >= s.start && at < s.end) ?? all.at(-1)
}

/** Start of the clause (after the last comma or colon) that holds offset `at`, within `sentence`. */
export function clauseStart(text: string, sentence: Span, at: number): number {
  for (let i = at - 1; i >= sentence.start; i--) if (CLAUSE_END.test(text[i]!)) return i + 1
  return sentence.start
}

/** End of the clause holding offset `at`, within `sentence`. */
export function clauseEnd(text: string, sentence: Span, at: number): number {
  for (let i = at; i < sentence.end; i++) if (CLAUSE_END.test(text[i]!) || /[。！？；;]/.test(text[i]!)) return i
  return sentence.end
}

/** Whether offset `at` lies inside a short quoted name or slogan (“15分钟品质文化生活圈”), not quoted speech. */
export function insideShortQuote(text: string, at: number, longest = 16): boolean {
  const open = text.lastIndexOf('“', at)
  if (open < 0) return false
  const closeBefore = text.lastIndexOf('”', at)
  if (closeBefore > open) return false
  const close = text.indexOf('”', at)
  return close >= 0 && close - open - 1 <= longest
}
