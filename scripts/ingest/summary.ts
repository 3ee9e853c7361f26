import type { IngestedSource } from './model.ts'

/** One line per source for the person running the ingest: what it found and how sure the date is. */
export function summarize({ source, articles, report }: IngestedSource): string {
  const count = (action: string) => report.entries.filter((e) => e.action === action).length
  const date = source.date
    ? `${source.date.value}${source.date.inferred ? ` inferred from 「${source.date.evidence.slice(0, 24)}…」` : ' (stated)'}`
    : 'date unknown'
  const stories = `${articles.length} ${articles.length === 1 ? 'story' : 'stories'}`
  return `${source.file}  ${source.kind} · ${stories} · ${count('join')} joins · ${count('drop')} drops · ${count('infer')} inferences · ${date}`
}

/** The report's warnings as lines that name file and line. */
export function warnings({ source, report }: IngestedSource): string[] {
  return report.entries
    .filter((e) => e.action === 'warn')
    .map((e) => (e.reason.startsWith(source.file) ? e.reason : `${source.file}${e.lines[0] ? `:${e.lines[0]}` : ''}: ${e.reason}`))
}
