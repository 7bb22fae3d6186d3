import { GateError } from '../../errors.js'
import type { AwsCall } from './errors.js'
import { malformed } from './shape.js'

/**
 * Every page of a list, fetched one after the other through `fetch` (which sends through the run's call gate:
 * counted, de-duplicated, bounded by the deadline — the reason the SDK's own paginators, which send directly, are
 * not used). An answer whose list is not a list, or whose page marker is not text, is malformed; an endpoint that
 * returns a marker it returned before, or more than `maxPages` pages, stops the run instead of looping.
 */
export async function pages<T>(
  call: AwsCall,
  fetch: (marker?: string) => Promise<{ items: T[]; next?: string }>,
  maxPages: number
): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<string>()
  let marker: string | undefined
  do {
    if (seen.size >= maxPages)
      throw new GateError(`AWS ${call.api} on ${call.resource} returned more than ${maxPages} pages; giving up`)
    const page = await fetch(marker)
    if (!Array.isArray(page.items)) throw malformed(call, 'a list that is not a list')
    for (const item of page.items) items.push(item)
    marker = page.next
    if (marker !== undefined && typeof marker !== 'string') throw malformed(call, 'a page marker that is not text')
    if (marker !== undefined && seen.has(marker))
      throw new GateError(`AWS ${call.api} on ${call.resource} returned the same page marker twice`)
    if (marker !== undefined) seen.add(marker)
  } while (marker)
  return items
}
