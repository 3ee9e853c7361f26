// The by-date archive of stories: which years and months have stories, shared by
// the /dates/ pages and the home page. Grouping is by an article's own `date`
// (its publication date), in calendar order.
import { getArticlesByDate, type Article } from './archive.ts'
import { groupByPeriod, type Periods } from './periods.ts'

export async function getArticlePeriods(): Promise<Periods<Article>> {
  return groupByPeriod(await getArticlesByDate(), (a) => a.data.date?.value)
}
