// The search runs here, off the main thread: decoding shards, intersecting postings and
// Fuse's scoring never hold up typing, whatever the size of the archive.
import { SearchIndex } from '../engine.ts'
import type { SearchReply, SearchRequest } from './protocol.ts'

let index: Promise<SearchIndex> | null = null

function open(root: string): Promise<SearchIndex> {
  index ??= SearchIndex.open(async (path) => {
    // The manifest names the current version, so it is revalidated; versioned files never change.
    const response = await fetch(new URL(path, root), path === 'manifest.json' ? { cache: 'no-cache' } : {})
    if (!response.ok) throw new Error(`${response.status} ${response.url}`)
    return response.json()
  })
  index.catch(() => (index = null))
  return index
}

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const { id, root, query, options, prefetch } = event.data
  let reply: SearchReply
  try {
    const index = await open(root)
    if (query === null) await index.prepare()
    else if (prefetch) await index.prefetch(query)
    reply = { id, results: query === null || prefetch ? null : await index.search(query, options) }
  } catch (error) {
    reply = { id, error: String(error) }
  }
  self.postMessage(reply)
}
