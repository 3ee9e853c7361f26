// Grouping dated things by year and month, for the by-date pages (an e-paper
// archive's calendar). Generic over what is grouped, so that events or other
// dated collections can use it too. A date's period is the start of its value:
// '2024-10-31' and '2024-10' are both October 2024; '2024' has a year only.

export interface MonthGroup<T> {
  year: string
  /** 'MM', or null for things dated to the year only (月份不详). */
  month: string | null
  items: T[]
}

export interface YearGroup<T> {
  year: string
  count: number
  /** Months in calendar order; the month-less group, if any, last. */
  months: MonthGroup<T>[]
}

export interface Periods<T> {
  /** Newest year first. */
  years: YearGroup<T>[]
  undated: T[]
}

/** ['2024', '10'] from '2024-10-31'; ['2024', null] from '2024'. */
export function periodOf(value: string): [string, string | null] {
  const [year, month] = value.split('-')
  return [year!, month ?? null]
}

/** Groups `items` (in the order given, which each group keeps) by the period of their date. */
export function groupByPeriod<T>(items: T[], dateValue: (item: T) => string | null | undefined): Periods<T> {
  const years = new Map<string, Map<string | null, T[]>>()
  const undated: T[] = []
  for (const item of items) {
    const value = dateValue(item)
    if (!value) {
      undated.push(item)
      continue
    }
    const [year, month] = periodOf(value)
    const months = years.get(year) ?? new Map<string | null, T[]>()
    years.set(year, months)
    const list = months.get(month) ?? []
    months.set(month, list)
    list.push(item)
  }
  const monthOrder = (m: string | null) => (m === null ? 99 : Number(m))
  return {
    years: [...years.entries()]
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
      .map(([year, months]) => {
        const groups = [...months.entries()]
          .sort(([a], [b]) => monthOrder(a) - monthOrder(b))
          .map(([month, list]) => ({ year, month, items: list }))
        return { year, count: groups.reduce((n, g) => n + g.items.length, 0), months: groups }
      }),
    undated,
  }
}

/** Every month that has something, oldest first: for previous/next month links. */
export function monthSequence<T>(periods: Periods<T>): MonthGroup<T>[] {
  return [...periods.years]
    .reverse()
    .flatMap((y) => y.months.filter((m) => m.month !== null))
}

/** '2024年10月', '2024年', '10月'. */
export const monthLabel = (month: string) => `${Number(month)}月`
export const periodLabel = (year: string, month: string | null) => `${year}年${month ? monthLabel(month) : ''}`

export const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const
