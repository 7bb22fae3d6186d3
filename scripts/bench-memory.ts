/**
 * Bench section `memory`: what each megabyte of input costs in peak memory, for each kind of input up to its
 * limit: a CDK JSON template, a YAML template, a key policy file, a Terraform `.tf` file, a Terraform plan, and the
 * snapshot and policy files of an organisation (bench `scale`). Offline `check` (dist/cli.js) runs on an input of
 * about half the limit and on one at the limit; the figure is the difference of their peaks divided by the
 * difference of their sizes, which leaves out what every run pays whatever its input (the loaded code).
 * Two peaks: resident memory as users run it (it also counts V8's young generation, which grows to 48 MB in any
 * run that allocates enough, and read buffers: noisy for inputs under a few MB), and the live heap (`held`),
 * sampled after every collection of a run whose collections are all full ones. The promise is held under 4x.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cdkTemplate, keyArnOf, terraformPlan } from './bench-iac.js'
import { toCfnYaml } from './cfn-yaml.js'
import { generate } from './bench-scale.js'
import { offlineCheckArgs, runNode } from './bench-spawn.js'

const CLI = join(process.cwd(), 'dist', 'cli.js')
const ACCOUNT = '111122223333'
const EMPTY_SNAPSHOT = JSON.stringify({ version: 1, account: ACCOUNT, region: 'us-east-1', keys: [], principals: [] })

interface Case {
  label: string
  /** Writes the workspace for an input of about `bytes` bytes; returns the input's actual size. */
  write(dir: string, bytes: number): number
  bytes: number
  tiny: number
  /** The config, when not the default one. */
  config?: string
}

/** The live keys a plan updates (the plan's first 12 keys), each with the default key policy. */
const PLAN_SNAPSHOT = JSON.stringify({
  ...JSON.parse(EMPTY_SNAPSHOT),
  keys: Array.from({ length: 12 }, (_, k) => ({
    arn: keyArnOf(k),
    aliases: [],
    policy: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }
      ]
    }
  }))
})

/** An anchored resource and one that aliases it: read by the gate's own reader. */
const ALIASED =
  '  Anchored:\n    Type: AWS::S3::Bucket\n    Properties: &p\n      BucketName: a\n' +
  '  Aliased:\n    Type: AWS::S3::Bucket\n    Properties: *p\n'
/** An anchor on a key: left to the `yaml` library, on the whole template. */
const KEY_ANCHOR =
  '  Keyed:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - &t Key: team\n          Value: x\n'

function aliasedCase(label: string, bytes: number, extra: string): Case {
  return {
    label,
    bytes,
    tiny: bytes / 2,
    write: (dir, size) => templateWorkspace(dir, 'infra/app.yaml', aliased(size, extra))
  }
}

/** A workspace whose config names one template, `rel` holding `text`; the template's size. */
function templateWorkspace(dir: string, rel: string, text: string): number {
  workspace(dir, `version: 1\nregion: us-east-1\ncloudformation:\n  - template: ${rel}\n`, { [rel]: text })
  return Buffer.byteLength(text)
}

/** The generated template in YAML, under `bytes`, with `extra` as its first resources. */
function aliased(bytes: number, extra: string): string {
  let text = ''
  for (let scale = 1; !text || Buffer.byteLength(text) > bytes; scale *= 0.97)
    text = toCfnYaml(JSON.parse(cdkTemplate(bytes * scale))).replace('Resources:\n', `Resources:\n${extra}`)
  return text
}

function workspace(dir: string, config: string, files: Record<string, string>, snapshot = EMPTY_SNAPSHOT): void {
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(join(dir, '.github', 'kms-policy-gate.yml'), config)
  writeFileSync(join(dir, 'snapshot.json'), snapshot)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
}

const CASES: Case[] = [
  {
    label: 'CDK JSON template',
    bytes: 3.9 * 1024 * 1024,
    tiny: 1.9 * 1024 * 1024,
    write(dir, bytes) {
      const text = cdkTemplate(bytes)
      return templateWorkspace(dir, 'cdk.out/App.template.json', text)
    }
  },
  {
    label: 'YAML template',
    bytes: 1024 * 1024,
    tiny: 0.5 * 1024 * 1024,
    write(dir, bytes) {
      // The YAML limit is 1 MiB: scale the JSON template down until its YAML form fits.
      let text = ''
      for (let scale = 1; !text || Buffer.byteLength(text) > bytes; scale *= 0.97)
        text = toCfnYaml(JSON.parse(cdkTemplate(bytes * scale)))
      return templateWorkspace(dir, 'infra/app.yaml', text)
    }
  },
  aliasedCase('YAML template with an anchor and an alias', 1024 * 1024, ALIASED),
  {
    // The hostile case for the library read per entry: every resource holds a tab between tokens, so each is read
    // by the library alone (and the rest of the template by the gate's reader).
    label: 'YAML template whose every resource the library reads (a tab in each)',
    bytes: 1024 * 1024,
    tiny: 0.5 * 1024 * 1024,
    write: (dir, size) => templateWorkspace(dir, 'infra/app.yaml', aliased(size, '').replace(/^( {4}Type:) /gm, '$1\t'))
  },
  // YAML outside the gate's reader that the library must read on the whole template (an anchor on a key, which an
  // alias anywhere may name) goes to the `yaml` library, which reads only templates up to 256 KiB; over that the
  // same template is refused at that line and the library is not run.
  aliasedCase('YAML template the library reads whole (an anchor on a key)', 250 * 1024, KEY_ANCHOR),
  aliasedCase('YAML template with an anchor on a key, over the library’s limit', 1024 * 1024, KEY_ANCHOR),
  {
    // Every resource an IAM policy: none is stubbed, the whole template is read with its lines.
    label: 'YAML template of IAM policies',
    bytes: 1024 * 1024,
    tiny: 0.5 * 1024 * 1024,
    write(dir, bytes) {
      const resource = (i: number): string =>
        `  Policy${i}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: p-${i}\n` +
        `      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n` +
        `            Action: [kms:Decrypt, kms:Encrypt]\n            Resource: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:key/k-${i}\n`
      let text = 'Resources:\n'
      for (let i = 0; text.length < bytes - 400; i++) text += resource(i)
      return templateWorkspace(dir, 'infra/iam.yaml', text)
    }
  },
  {
    // The same in JSON (a CDK app made of IAM policies): every resource relevant, read with its lines.
    label: 'JSON template of IAM policies',
    bytes: 3 * 1024 * 1024,
    tiny: 1.5 * 1024 * 1024,
    write(dir, bytes) {
      const resources: Record<string, unknown> = {}
      let size = 20
      for (let i = 0; size < bytes - 400; i++) {
        const resource = {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            ManagedPolicyName: `p-${i}`,
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: ['kms:Decrypt', 'kms:Encrypt'],
                  Resource: { 'Fn::Sub': `arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:key/k-${i}` }
                }
              ]
            }
          }
        }
        resources[`Policy${i}`] = resource
        size += JSON.stringify(resource, null, 1).length + 16
      }
      return templateWorkspace(dir, 'infra/iam.json', JSON.stringify({ Resources: resources }, null, 1))
    }
  },
  {
    // A config with many condition-key values: every entry read with its line.
    label: 'config',
    bytes: 8 * 1024 * 1024,
    tiny: 4 * 1024 * 1024,
    write(dir, bytes) {
      let text = `version: 1\nregion: us-east-1\nkeys:\n  - name: one\n    key: ${keyArnOf(0)}\ncontext:\n`
      for (let i = 0; text.length < bytes - 400; i++)
        text += `  arn:aws:iam::${ACCOUNT}:role/service-${i}:\n    aws:SourceVpc: vpc-${i}\n    aws:SourceAccount: "${ACCOUNT}"\n`
      workspace(dir, text, {}, PLAN_SNAPSHOT)
      return Buffer.byteLength(text)
    }
  },
  {
    // The same in a JSON config.
    label: 'JSON config',
    config: '.github/kms-policy-gate.json',
    bytes: 8 * 1024 * 1024,
    tiny: 4 * 1024 * 1024,
    write(dir, bytes) {
      const head = `{"version": 1, "region": "us-east-1", "keys": [{"name": "one", "key": "${keyArnOf(0)}"}], "context": {\n`
      const parts = [head]
      let size = head.length
      for (let i = 0; size < bytes - 400; i++) {
        const entry = `${i ? ',' : ''}  "arn:aws:iam::${ACCOUNT}:role/service-${i}": {"aws:SourceVpc": "vpc-${i}", "aws:SourceAccount": "${ACCOUNT}"}\n`
        parts.push(entry)
        size += entry.length
      }
      parts.push('}}\n')
      const text = parts.join('')
      workspace(dir, 'version: 1\n', { '.github/kms-policy-gate.json': text }, PLAN_SNAPSHOT)
      return Buffer.byteLength(text)
    }
  },
  {
    label: 'key policy file',
    bytes: 1024 * 1024,
    tiny: 0.5 * 1024 * 1024,
    write(dir, bytes) {
      // One key whose proposed policy is as large as a policy file may be: thousands of statements.
      const statements: unknown[] = [
        {
          Sid: 'Root',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*'
        }
      ]
      const text = (): string => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
      for (let i = 0; Buffer.byteLength(text()) < bytes - 400; i++)
        statements.push({
          Sid: `Use${i}`,
          Effect: i % 7 === 0 ? 'Deny' : 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/service-${i}` },
          Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*'],
          Resource: '*',
          ...(i % 7 === 0 ? { Condition: { StringNotEquals: { 'aws:SourceVpc': `vpc-${i}` } } } : {})
        })
      statements.splice(-8)
      const policy = text()
      const key = keyArnOf(0)
      workspace(
        dir,
        `version: 1\nregion: us-east-1\nkeys:\n  - name: big\n    key: ${key}\n    policy: policies/key.json\n`,
        { 'policies/key.json': policy },
        PLAN_SNAPSHOT
      )
      return Buffer.byteLength(policy)
    }
  },
  {
    label: 'Terraform .tf file',
    bytes: 8 * 1024 * 1024,
    tiny: 4 * 1024 * 1024,
    write(dir, bytes) {
      // A small plan whose keys are declared in a module file padded with other resources to the file limit.
      const plan = terraformPlan(256 * 1024, join(dir, 'infra'))
      workspace(
        dir,
        'version: 1\nregion: us-east-1\nterraform:\n  - plan: plan.json\n    root: infra\n',
        { 'plan.json': plan },
        PLAN_SNAPSHOT
      )
      const tf = join(dir, 'infra', 'modules', 'kms', 'main.tf')
      const block = (i: number): string =>
        `\nresource "aws_s3_bucket" "padding_${i}" {\n  bucket = "padding-${i}"\n  tags = {\n    team  = "data"\n    index = "${i}"\n  }\n}\n`
      let size = statSync(tf).size
      const chunk: string[] = []
      for (let i = 0; size + Buffer.byteLength(block(i)) < bytes; i++) {
        chunk.push(block(i))
        size += Buffer.byteLength(block(i))
      }
      appendFileSync(tf, chunk.join(''))
      return statSync(tf).size
    }
  },
  {
    label: 'snapshot (config naming one key)',
    bytes: 10 * 1024 * 1024,
    tiny: 5 * 1024 * 1024,
    write(dir, bytes) {
      // The organisation's snapshot (about 5 KB a key) with a config that names only its first key: what the
      // snapshot itself costs, not the checks of its keys.
      generate(dir, Math.round(bytes / 5000))
      const config = join(dir, '.github', 'kms-policy-gate.yml')
      const lines = readFileSync(config, 'utf8').split('\n')
      writeFileSync(config, lines.slice(0, lines.indexOf('  - name: key-1')).join('\n') + '\n')
      return statSync(join(dir, 'snapshot.json')).size
    }
  },
  {
    label: 'Terraform plan',
    bytes: 50 * 1024 * 1024,
    tiny: 25 * 1024 * 1024,
    write(dir, bytes) {
      const text = terraformPlan(bytes, join(dir, 'infra'))
      workspace(
        dir,
        'version: 1\nregion: us-east-1\nterraform:\n  - plan: plan.json\n    root: infra\n',
        { 'plan.json': text },
        PLAN_SNAPSHOT
      )
      return Buffer.byteLength(text)
    }
  }
]

interface Peak {
  /** Peak resident memory of the process, MB. */
  rss: number
  /** Largest JavaScript heap left after a garbage collection, MB: what the run holds at its fullest. */
  live: number
}

/**
 * Two runs of offline `check`: one as users run it (peak resident memory), one whose collections are all full ones
 * (`--gc-global`, 1 MB young generation, `--trace-gc`): the largest heap after one of them is the memory the run
 * really holds at its fullest (the resident figure also counts garbage not yet collected).
 */
async function peak(dir: string, config?: string): Promise<Peak> {
  const args = [...offlineCheckArgs(CLI, dir), ...(config ? ['--config', config] : [])]
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
  const r = await runNode(args, env)
  if (r.code === 2) throw new Error(`check in ${dir} could not run: ${r.stderr.slice(0, 400)}`)
  // Every collection a full one (--gc-global) with a 1 MB young generation: the heap after each is what is live,
  // sampled at least every megabyte allocated. After a mere scavenge it would also count old garbage.
  const traced = await runNode(['--gc-global', '--max-semi-space-size=1', '--trace-gc', ...args], env)
  let live = 0
  for (const m of traced.stdout.matchAll(/-> ([\d.]+) \(/g)) live = Math.max(live, Number(m[1]))
  return { rss: r.maxRssMb, live }
}

/** `+N MB, Rx` for the resident and the held memory of `big` over `small`, per megabyte of input. */
function perMb(big: Peak, small: Peak, mb: number): string {
  const rss = big.rss - small.rss
  const live = big.live - small.live
  return `resident +${rss.toFixed(0)} MB (${(rss / mb).toFixed(2)}x), held +${live.toFixed(0)} MB (${(live / mb).toFixed(2)}x)`
}

/** The generated organisation of `keys` keys (bench `scale`): its snapshot and its policy files. */
async function organisation(keys: number, tinyKeys: number): Promise<{ rows: { label: string; value: string }[] }> {
  const big = mkdtempSync(join(tmpdir(), 'kpg-bench-mem-'))
  const small = mkdtempSync(join(tmpdir(), 'kpg-bench-mem-'))
  try {
    generate(big, keys)
    generate(small, tinyKeys)
    const { statSync, readdirSync } = await import('node:fs')
    const size = (dir: string): number =>
      statSync(join(dir, 'snapshot.json')).size +
      readdirSync(join(dir, 'policies')).reduce((n, f) => n + statSync(join(dir, 'policies', f)).size, 0)
    const bigPeak = await peak(big)
    const smallPeak = await peak(small)
    const bytes = size(big) - size(small)
    return {
      rows: [
        {
          label: `${tinyKeys} → ${keys} keys: snapshot and policy files, ${(size(small) / 1048576).toFixed(1)} → ${(size(big) / 1048576).toFixed(1)} MB`,
          value: perMb(bigPeak, smallPeak, bytes / 1048576)
        }
      ]
    }
  } finally {
    rmSync(big, { recursive: true, force: true })
    rmSync(small, { recursive: true, force: true })
  }
}

export async function run(): Promise<{
  title: string
  rows: { label: string; value: number | string; unit?: string }[]
  notes: string[]
}> {
  const rows: { label: string; value: number | string; unit?: string }[] = []
  // BENCH_MEMORY_ONLY=text: only the rows whose label holds it (the organisation row's label is "… keys …").
  const only = process.env.BENCH_MEMORY_ONLY
  for (const c of CASES.filter(c => !only || c.label.includes(only))) {
    const big = mkdtempSync(join(tmpdir(), 'kpg-bench-mem-'))
    const small = mkdtempSync(join(tmpdir(), 'kpg-bench-mem-'))
    try {
      const bytes = c.write(big, c.bytes)
      const tinyBytes = c.write(small, c.tiny)
      const bigPeak = await peak(big, c.config)
      const smallPeak = await peak(small, c.config)
      rows.push({
        label: `${c.label}, ${(tinyBytes / 1048576).toFixed(1)} → ${(bytes / 1048576).toFixed(1)} MB`,
        value: perMb(bigPeak, smallPeak, (bytes - tinyBytes) / 1048576)
      })
    } finally {
      rmSync(big, { recursive: true, force: true })
      rmSync(small, { recursive: true, force: true })
    }
  }
  if (!only || 'snapshot and policy files, keys'.includes(only)) rows.push(...(await organisation(1000, 300)).rows)
  return {
    title: 'memory: peak memory of offline check per megabyte of input (two sizes of each kind)',
    rows,
    notes: [
      'target (issue 9): under 4x the input for every kind of input',
      'resident: peak RSS as users run it; held: largest live heap (every collection a full one, 1 MB young generation)'
    ]
  }
}
