// dist/data/cleaning-report.json: the ingest's per-source reports and the extraction's decisions, in one file.
import type { APIRoute } from 'astro'
import { readExtractionDecisions, readReports } from '../../lib/files.ts'
import { jsonResponse } from '../../lib/json.ts'

export const GET: APIRoute = async () => jsonResponse({ sources: await readReports(), extraction: await readExtractionDecisions() })
