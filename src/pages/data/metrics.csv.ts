// dist/data/metrics.csv: every figure, one row each (SPEC §5).
import type { APIRoute } from 'astro'
import { getMetrics } from '../../lib/archive.ts'
import { csvResponse, toCsv } from '../../lib/csv.ts'
import { exportMetric } from '../../lib/export.ts'

export const GET: APIRoute = async () => {
  const rows = (await getMetrics()).map(exportMetric).map((m) => [
    m.id, m.label, m.subject?.collection ?? '', m.subject?.id ?? '', m.subjectText, m.value, m.unit, m.normalized.value, m.normalized.unit,
    m.qualifier, m.period, m.periodDate?.value ?? '', m.periodDate?.end ?? '', m.article, m.block, m.quote,
  ])
  return csvResponse(toCsv(['id', 'label', 'subject_collection', 'subject_id', 'subject_text', 'value', 'unit', 'normalized_value', 'normalized_unit', 'qualifier', 'period', 'period_start', 'period_end', 'article', 'block', 'quote'], rows))
}
