// The raw exports, published byte for byte next to the pages built from them.
import type { APIRoute, GetStaticPaths } from 'astro'
import { getSources } from '../../lib/archive.ts'
import { readRaw } from '../../lib/files.ts'

export const getStaticPaths = (async () =>
  (await getSources()).map((s) => ({ params: { file: s.data.file } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await readRaw(params.file!)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
