// dist/search/index/<version>/g/<family>-<n>.json: one shard of the gram index.
import type { APIRoute, GetStaticPaths } from 'astro'
import { compactJson, searchIndexFiles } from '../../../../../lib/search/site.ts'

export const getStaticPaths = (async () => {
  const { manifest, shards } = await searchIndexFiles()
  return [...shards].map(([shard, text]) => ({ params: { version: manifest.version, shard }, props: { text } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => compactJson(props['text'])
