import type { IngestedSource } from '../../scripts/ingest/model.ts'

const noSpace = (s: string) => s.replace(/\s+/g, '')

/** Every text the archive shows for a source: article fields, blocks, the publication. */
export function outputTexts(r: IngestedSource): string[] {
  return [
    r.source.publication ?? '',
    ...r.articles.flatMap((a) => [a.title, a.subtitle ?? '', a.section ?? '', a.credit ?? '', a.continued ?? '', ...a.bylines.map((b) => b.role + b.name), ...a.blocks.map((b) => b.text)]),
  ].filter(Boolean)
}

/**
 * Raw lines whose text is neither in the output nor accounted for by a report entry
 * about that line (a drop, a classification, a warning quoting it). An empty list
 * means nothing was lost.
 */
export function unaccountedLines(raw: string, r: IngestedSource): { line: number; text: string }[] {
  const out = outputTexts(r).map(noSpace).join('\u0000')
  const missing: { line: number; text: string }[] = []
  raw.split(/\r?\n/).forEach((lineText, i) => {
    const n = i + 1
    let t = noSpace(lineText.replace(/^\ufeff/, ''))
    if (!t || out.includes(t)) return
    for (const e of r.report.entries) {
      if (e.action === 'join' || e.action === 'infer' || !e.lines.includes(n)) continue
      const quoted = noSpace(e.text)
      if (quoted) t = t.replace(quoted, '\u0001')
    }
    const rest = t.split('\u0001').filter(Boolean)
    if (rest.every((piece) => out.includes(piece))) return
    missing.push({ line: n, text: lineText })
  })
  return missing
}
