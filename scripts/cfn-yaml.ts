/**
 * Renders a CloudFormation template (as parsed JSON) as YAML the way people write it: block style, two-space
 * indentation, short-form tags for `Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join` and the others, quoted strings where
 * YAML 1.1 would read something else. Used by the YAML benchmark and by the test that compares both YAML paths.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const SHORT: Record<string, string> = {
  Ref: '!Ref',
  'Fn::GetAtt': '!GetAtt',
  'Fn::Sub': '!Sub',
  'Fn::Join': '!Join',
  'Fn::If': '!If',
  'Fn::Select': '!Select',
  'Fn::Split': '!Split',
  'Fn::ImportValue': '!ImportValue',
  'Fn::FindInMap': '!FindInMap',
  'Fn::Base64': '!Base64',
  'Fn::Equals': '!Equals',
  'Fn::Not': '!Not',
  'Fn::And': '!And',
  'Fn::Or': '!Or',
  'Fn::GetAZs': '!GetAZs',
  Condition: '!Condition'
}

/** A string YAML 1.1 reads back as the same string when written plain. */
function plainOk(s: string): boolean {
  return (
    /^[A-Za-z_/$][\w .:/${}()*@=+-]*$/.test(s) &&
    !/(?:^|\s)#|:\s|:$|\s$|[{}[\],]/.test(s) &&
    !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/.test(s)
  )
}

function scalar(v: Json): string {
  if (v === null) return 'null'
  if (typeof v === 'boolean' || typeof v === 'number') return String(v)
  if (typeof v === 'string') return plainOk(v) ? v : v.includes("'") || /[\\\n]/.test(v) ? JSON.stringify(v) : `'${v}'`
  throw new Error('not a scalar')
}

function isScalar(v: Json): boolean {
  return v === null || typeof v !== 'object'
}

function intrinsic(v: Json): [string, Json] | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v)
  return keys.length === 1 && SHORT[keys[0]] ? [SHORT[keys[0]], v[keys[0]]] : undefined
}

/** Flow form of a small value (`[a, !Ref b]`), or undefined when it has nested collections. */
function flow(v: Json): string | undefined {
  const fn = intrinsic(v)
  if (fn) {
    const [tag, arg] = fn
    if (tag === '!GetAtt' && Array.isArray(arg) && arg.every(a => typeof a === 'string'))
      return `${tag} ${arg.join('.')}`
    if (isScalar(arg)) return `${tag} ${scalar(arg)}`
    const inner = flow(arg)
    return inner === undefined ? undefined : `${tag} ${inner}`
  }
  if (isScalar(v)) return scalar(v)
  if (Array.isArray(v)) {
    const items = v.map(flow)
    return items.every(i => i !== undefined) ? `[${items.join(', ')}]` : undefined
  }
  return undefined
}

export function toCfnYaml(value: unknown): string {
  const out: string[] = []
  const write = (v: Json, indent: string, lead: string): void => {
    const fn = intrinsic(v)
    const f = flow(v)
    if (f !== undefined && (fn || isScalar(v) || (Array.isArray(v) && f.length < 60))) {
      out.push(lead ? `${lead} ${f}` : f)
      return
    }
    if (fn) {
      out.push(lead ? `${lead} ${fn[0]}` : fn[0])
      block(fn[1], indent)
      return
    }
    out.push(lead)
    const at = out.length
    block(v, indent)
    // A mapping in a sequence starts on the dash's line (`- Sid: x`).
    if (lead.endsWith('-') && !Array.isArray(v) && out.length > at)
      out.splice(at - 1, 2, `${lead} ${out[at].trimStart()}`)
  }
  const block = (v: Json, indent: string): void => {
    if (Array.isArray(v)) {
      if (!v.length) return void (out[out.length - 1] += ' []')
      for (const item of v) write(item, `${indent}  `, `${indent}-`)
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v)
      if (!keys.length) return void (out[out.length - 1] += ' {}')
      for (const k of keys) write(v[k], `${indent}  `, `${indent}${plainOk(k) ? k : JSON.stringify(k)}:`)
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('a template is a mapping')
  const template = value as { [key: string]: Json }
  for (const k of Object.keys(template)) write(template[k], '  ', `${k}:`)
  return out.join('\n') + '\n'
}
