// /og/site.png: the card of every page that has none of its own.
import type { APIRoute } from 'astro'
import { siteCard } from '../../lib/og/cards.ts'
import { ogResponse } from '../../lib/og/image.ts'

export const GET: APIRoute = () => ogResponse(siteCard())
