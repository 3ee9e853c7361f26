// dist/data/events.csv: every dated happening, one row each (SPEC §5).
import type { APIRoute } from 'astro'
import { getEvents } from '../../lib/archive.ts'
import { csvResponse, toCsv } from '../../lib/csv.ts'
import { exportEvent } from '../../lib/export.ts'

export const GET: APIRoute = async () => {
  const rows = (await getEvents()).map(exportEvent).map((e) => [
    e.id, e.date?.value ?? '', e.date?.end ?? '', e.date?.inferred ?? '', e.title, e.type, e.participants.map((p) => `${p.collection}/${p.id}`).join(' '), e.article, e.block, e.url, e.quote,
  ])
  return csvResponse(toCsv(['id', 'date', 'end', 'inferred', 'title', 'type', 'participants', 'article', 'block', 'url', 'quote'], rows))
}
