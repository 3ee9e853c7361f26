// dist/search/index/<version>/c/<type>-<n>.json: a few documents with their Fuse index.
import type { APIRoute, GetStaticPaths } from 'astro'
import { compactJson, searchIndexFiles } from '../../../../../lib/search/site.ts'

export const getStaticPaths = (async () => {
  const { manifest, chunks } = await searchIndexFiles()
  return [...chunks].map(([chunk, data]) => ({ params: { version: manifest.version, chunk }, props: { data } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => compactJson(props['data'])
