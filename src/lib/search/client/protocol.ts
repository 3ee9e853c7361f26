// Messages between the page and the search worker.
import type { Results, SearchOptions } from '../engine.ts'

export interface SearchRequest {
  id: number
  /** absolute URL of the index directory */
  root: string
  query: string
  options: SearchOptions
}

export type SearchReply = { id: number; results: Results } | { id: number; error: string }
