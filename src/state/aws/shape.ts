import { GateError } from '../../errors.js'
import type { AwsCall } from './errors.js'

/**
 * The SDK's deserializers pass a JSON value of the wrong type straight through (`{"Policy": 12}` arrives as
 * the number 12). An answer the gate cannot read is an AWS failure like any other: the run stops (exit 2)
 * naming the API, the resource and the field, instead of evaluating a policy that is not there.
 */
export function malformed(call: AwsCall, what: string): GateError {
  return new GateError(`AWS ${call.api} on ${call.resource} returned a malformed answer: ${what}`)
}

export function optString(call: AwsCall, value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw malformed(call, `${field} is not text`)
  return value
}

export function reqString(call: AwsCall, value: unknown, field: string): string {
  const text = optString(call, value, field)
  if (text === undefined || text === '') throw malformed(call, `${field} is missing`)
  return text
}

export function optBoolean(call: AwsCall, value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'boolean') throw malformed(call, `${field} is not true or false`)
  return value
}

export function optNumber(call: AwsCall, value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value)) throw malformed(call, `${field} is not a number`)
  return value
}

export function optDate(call: AwsCall, value: unknown, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw malformed(call, `${field} is not a date`)
  return value
}

/** A list field: absent means empty; each entry must be an object (or, with `strings`, text). */
export function list<T>(call: AwsCall, value: unknown, field: string, strings = false): T[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw malformed(call, `${field} is not a list`)
  for (const item of value) {
    const ok = strings ? typeof item === 'string' : item !== null && typeof item === 'object' && !Array.isArray(item)
    if (!ok) throw malformed(call, `${field} has an entry of the wrong type`)
  }
  return value as T[]
}
