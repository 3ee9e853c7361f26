// dist/data/archive.json (SPEC §5), validated in the tests against schemas/archive.schema.json.
import type { APIRoute } from 'astro'
import { getAllArticles, getEnterprises, getEvents, getMetrics, getProjects, getSources } from '../../lib/archive.ts'
import { buildArchive } from '../../lib/export.ts'
import { jsonResponse } from '../../lib/json.ts'

export const GET: APIRoute = async () =>
  jsonResponse(
    buildArchive({
      sources: await getSources(),
      articles: await getAllArticles(),
      enterprises: await getEnterprises(),
      projects: await getProjects(),
      metrics: await getMetrics(),
      events: await getEvents(),
    }),
  )
