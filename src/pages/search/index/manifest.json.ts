// dist/search/index/manifest.json: what the browser reads first when a reader starts to search.
import type { APIRoute } from 'astro'
import { compactJson, searchIndexFiles } from '../../../lib/search/site.ts'

export const GET: APIRoute = async () => compactJson((await searchIndexFiles()).manifest)
