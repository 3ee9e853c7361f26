// dist/data/cleaning-report.json: the ingest's per-source reports, in one file.
import type { APIRoute } from 'astro'
import { readReports } from '../../lib/files.ts'
import { jsonResponse } from '../../lib/json.ts'

export const GET: APIRoute = async () => jsonResponse({ sources: await readReports() })
