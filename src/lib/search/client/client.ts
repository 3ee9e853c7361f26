// The page's side of the worker: one worker per page, started on the first search.
import type { Results, SearchOptions } from '../engine.ts'
import type { SearchReply, SearchRequest } from './protocol.ts'

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, { ok: (r: Results | null) => void; fail: (e: Error) => void }>()

function start(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' })
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data
    const w = waiting.get(reply.id)
    if (!w) return
    waiting.delete(reply.id)
    if ('error' in reply) w.fail(new Error(reply.error))
    else w.ok(reply.results)
  }
  return worker
}

function send(root: string, query: string | null, options: SearchOptions, prefetch = false): Promise<Results | null> {
  const id = nextId++
  const request: SearchRequest = { id, root: new URL(root, location.href).href, query, options, prefetch }
  return new Promise((ok, fail) => {
    waiting.set(id, { ok, fail })
    start().postMessage(request)
  })
}

export const search = (root: string, query: string, options: SearchOptions = {}) => send(root, query, options) as Promise<Results>

/** Has the worker fetch what a query being typed will need. */
export const prefetch = (root: string, query: string) => void send(root, query, {}, true).catch(() => {})

/** Starts the worker and has it read the manifest, while the reader is still typing. */
export const warm = (root: string) => void send(root, null, {}).catch(() => {})
