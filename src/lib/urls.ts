// Every internal link goes through here, so the site works under any `base`
// (BASE_URL is '/' at the root and '/x' without a trailing slash under a sub-path).
const base = import.meta.env.BASE_URL.replace(/\/+$/, '')

/** Site-root-relative path (no leading slash) → path under the configured base. */
export function withBase(path: string): string {
  return `${base}/${path.replace(/^\/+/, '')}`
}

/** Page paths relative to the site root, as published in archive.json `url`. */
export const articlePath = (id: string) => `articles/${id}/`
export const sourcePath = (id: string) => `sources/${id}/`

export const articleUrl = (id: string) => withBase(articlePath(id))
export const sourceUrl = (id: string) => withBase(sourcePath(id))
export const rawUrl = (file: string) => withBase(`raw/${encodeURIComponent(file)}`)
export const homeUrl = () => withBase('')
export const enterprisePath = (id: string) => `enterprises/${id}/`
export const projectPath = (id: string) => `projects/${id}/`
export const blockPath = (article: string, block: string) => `${articlePath(article)}#${block}`
export const enterpriseUrl = (id: string) => withBase(enterprisePath(id))
export const projectUrl = (id: string) => withBase(projectPath(id))
export const entityUrl = (ref: { collection: 'enterprises' | 'projects'; id: string }) =>
  ref.collection === 'enterprises' ? enterpriseUrl(ref.id) : projectUrl(ref.id)
export const blockUrl = (article: string, block: string) => withBase(blockPath(article, block))
export const enterprisesUrl = () => withBase('enterprises/')
export const projectsUrl = () => withBase('projects/')
export const authorPath = (id: string) => `authors/${id}/`
export const authorUrl = (id: string) => withBase(authorPath(id))
export const authorsUrl = () => withBase('authors/')
export const relationsPath = () => 'relations/'
export const relationsUrl = () => withBase(relationsPath())

/** By-date archive: /dates/, /dates/2024/, /dates/2024/10/, /dates/undated/. */
export const datesPath = () => 'dates/'
export const yearPath = (year: string) => `dates/${year}/`
export const monthPath = (year: string, month: string) => `dates/${year}/${month}/`
export const undatedPath = () => 'dates/undated/'
export const datesUrl = () => withBase(datesPath())
export const yearUrl = (year: string) => withBase(yearPath(year))
export const monthUrl = (year: string, month: string) => withBase(monthPath(year, month))
export const undatedUrl = () => withBase(undatedPath())

/** The by-date page a date value belongs to: its month, or its year when no month is known. */
export function periodUrl(value: string): string {
  const [year, month] = value.split('-')
  return month ? monthUrl(year!, month) : yearUrl(year!)
}

/** Open Graph images, one per page that has its own (articles, enterprises, projects). */
export const ogArticlePath = (id: string) => `og/articles/${id}.png`
export const ogEntityPath = (ref: { collection: 'enterprises' | 'projects'; id: string }) => `og/${ref.collection}/${ref.id}.png`
export const ogSitePath = () => 'og/site.png'
export const rssUrl = () => withBase('rss.xml')

/** The figures explorer, the events timeline and the open data files. */
export const metricsUrl = () => withBase('metrics/')
export const eventsUrl = () => withBase('events/')
export const dataUrl = (file: string) => withBase(`data/${file}`)
