// /og/enterprises/<id>.png: each enterprise's Open Graph card, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro'
import { getEnterprises, type Enterprise } from '../../../lib/archive.ts'
import { getCards, keyOf } from '../../../lib/entities.ts'
import { entityOgCard } from '../../../lib/og/cards.ts'
import { ogResponse } from '../../../lib/og/image.ts'

export const getStaticPaths = (async () => (await getEnterprises()).map((entity) => ({ params: { id: entity.id }, props: { entity } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ entity: Enterprise }> = async ({ props: { entity } }) =>
  ogResponse(entityOgCard((await getCards()).get(keyOf(entity))!, entity.data.description))
