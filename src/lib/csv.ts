// CSV for spreadsheet programs: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
// order mark so that Excel opens Chinese text correctly.
const cell = (v: unknown): string => {
  const s = v == null ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

export const csvResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
