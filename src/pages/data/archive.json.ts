// dist/data/archive.json (SPEC §5).
import type { APIRoute } from 'astro'
import { getAllArticles, getSources } from '../../lib/archive.ts'
import { buildArchive } from '../../lib/export.ts'
import { jsonResponse } from '../../lib/json.ts'

export const GET: APIRoute = async () => jsonResponse(buildArchive(await getSources(), await getAllArticles()))
