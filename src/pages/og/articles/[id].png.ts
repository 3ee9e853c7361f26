// /og/articles/<id>.png: each story's Open Graph card, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro'
import { getAllArticles, getSource, type Article } from '../../../lib/archive.ts'
import { articleCard } from '../../../lib/og/cards.ts'
import { ogResponse } from '../../../lib/og/image.ts'

export const getStaticPaths = (async () =>
  (await getAllArticles()).map((article) => ({ params: { id: article.id }, props: { article } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) =>
  ogResponse(articleCard(article, await getSource(article.data.source.id)))
