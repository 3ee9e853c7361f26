import type { IngestedSource } from '../../scripts/ingest/model.ts'

const noSpace = (s: string) => s.replace(/\s+/g, '')

/**
 * Every text the archive shows for a source: article fields, blocks, the publication,
 * and the quotes that dates were read from.
 */
export function outputTexts(r: IngestedSource): string[] {
  return [
    r.source.publication ?? '',
    r.source.date?.evidence ?? '',
    ...r.articles.flatMap((a) => [
      a.title,
      a.subtitle ?? '',
      a.section ?? '',
      a.credit ?? '',
      a.continued ?? '',
      a.dateline?.evidence ?? '',
      ...a.bylines.map((b) => b.role + b.name),
      ...a.blocks.map((b) => b.text),
    ]),
  ].filter(Boolean)
}

/**
 * Raw lines not accounted for. A line is accounted for when its text is in the
 * output; otherwise every run of letters and digits in it (names, words, numbers;
 * punctuation and layout marks may go) must be in the output, or in the text of a
 * `drop` entry for that line (dropped on purpose, with a reason), or in a `classify`
 * entry for that line whose `result` is in the output (南晚 read as 南湖晚报). An
 * empty list means nothing was lost.
 */
export function unaccountedLines(raw: string, r: IngestedSource): { line: number; text: string }[] {
  const out = outputTexts(r).map(noSpace).join('\u0000')
  const missing: { line: number; text: string }[] = []
  raw.split(/\r?\n/).forEach((lineText, i) => {
    const n = i + 1
    const t = noSpace(lineText.replace(/^\ufeff/, ''))
    if (!t || out.includes(t)) return
    const about = r.report.entries.filter((e) => e.lines.includes(n))
    const explained = about
      .filter((e) => e.action === 'drop' || (e.action === 'classify' && e.result !== undefined && out.includes(noSpace(e.result))))
      .map((e) => noSpace(e.text))
    const pieces = lineText.match(/[\p{L}\p{N}]+/gu) ?? []
    if (pieces.every((p) => out.includes(p) || explained.some((x) => x.includes(p)))) return
    missing.push({ line: n, text: lineText })
  })
  return missing
}
