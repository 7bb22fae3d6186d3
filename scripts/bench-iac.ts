/**
 * Bench section `iac`: parsing infrastructure-as-code sources against a bare `JSON.parse` of the same text.
 * Target (issue 5): a 5 MB template or a 50 MB plan parses within 2x the time of `JSON.parse`.
 *
 * - a CDK-style template (`cdk synth` output: one-space indentation, `Fn::Join`/`Fn::GetAtt`, hashed logical
 *   ids, `aws:cdk:path` metadata) of about 5 MB: Lambda functions with their service roles and default
 *   policies, queues, buckets, log groups, and a few KMS keys with aliases and named roles;
 * - a Terraform plan (`terraform show -json`: one line) of about 50 MB: `resource_changes`, `planned_values`,
 *   `prior_state` and `configuration` for buckets, functions, queues, roles and role policies in modules, plus
 *   a `kms` module whose `.tf` files are written next to it.
 *
 * Both sides get the same string in memory (reading and UTF-8 decoding are left out of both). Each figure is
 * the median of several runs in this process, after warm-up runs, with a garbage collection before each run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCloudFormation } from '../src/sources/cloudformation/template.js'
import { readTerraformPlan } from '../src/sources/terraform/plan.js'
import { parseYamlLibrary } from '../src/sources/cloudformation/yaml.js'
import { toCfnYaml } from './cfn-yaml.js'

interface BenchRow {
  label: string
  value: number | string
  unit?: string
}

interface BenchResult {
  title: string
  rows: BenchRow[]
  notes: string[]
}

type Json = Record<string, unknown>

const ACCOUNT = '111122223333'
const TEMPLATE_BYTES = Number(process.env.BENCH_IAC_TEMPLATE_MB ?? 5) * 1024 * 1024
const PLAN_BYTES = Number(process.env.BENCH_IAC_PLAN_MB ?? 50) * 1024 * 1024
const RUNS = Number(process.env.BENCH_IAC_RUNS ?? 9)
const WARMUP = 3

function gc(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/** A stable 8-hex-digit suffix, like the hash CDK appends to logical ids. */
function hash(text: string): string {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(16).toUpperCase().padStart(8, '0')
}

const partitionJoin = (...parts: unknown[]): Json => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ...parts]]
})
const getAtt = (id: string, attr: string): Json => ({ 'Fn::GetAtt': [id, attr] })

// --- CloudFormation (CDK output) -------------------------------------------------------------------------

function lambdaService(stack: string, n: number, keyId: string): Record<string, Json> {
  const name = `Service${n}`
  const role = `${name}ServiceRole${hash(`${name}role`)}`
  const policy = `${name}ServiceRoleDefaultPolicy${hash(`${name}policy`)}`
  const fn = `${name}Handler${hash(`${name}fn`)}`
  const queue = `${name}Queue${hash(`${name}queue`)}`
  const bucket = `${name}Bucket${hash(`${name}bucket`)}`
  const logs = `${name}LogGroup${hash(`${name}logs`)}`
  const path = (p: string): Json => ({ 'aws:cdk:path': `${stack}/${name}/${p}` })
  return {
    [role]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
          Version: '2012-10-17'
        },
        ManagedPolicyArns: [partitionJoin(':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')]
      },
      Metadata: path('ServiceRole/Resource')
    },
    [policy]: {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyDocument: {
          Statement: [
            {
              Action: [
                'sqs:ChangeMessageVisibility',
                'sqs:DeleteMessage',
                'sqs:GetQueueAttributes',
                'sqs:GetQueueUrl',
                'sqs:ReceiveMessage'
              ],
              Effect: 'Allow',
              Resource: getAtt(queue, 'Arn')
            },
            {
              Action: [
                's3:Abort*',
                's3:DeleteObject*',
                's3:GetBucket*',
                's3:GetObject*',
                's3:List*',
                's3:PutObject',
                's3:PutObjectLegalHold'
              ],
              Effect: 'Allow',
              Resource: [getAtt(bucket, 'Arn'), { 'Fn::Join': ['', [getAtt(bucket, 'Arn'), '/*']] }]
            },
            {
              Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
              Effect: 'Allow',
              Resource: getAtt(keyId, 'Arn')
            }
          ],
          Version: '2012-10-17'
        },
        PolicyName: policy,
        Roles: [{ Ref: role }]
      },
      Metadata: path('ServiceRole/DefaultPolicy/Resource')
    },
    [fn]: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Code: {
          S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' },
          S3Key: `${hash(`${name}asset`)}${hash(`${name}asset2`)}${hash(`${name}asset3`)}.zip`
        },
        Environment: {
          Variables: {
            QUEUE_URL: { Ref: queue },
            BUCKET_NAME: { Ref: bucket },
            KEY_ARN: getAtt(keyId, 'Arn'),
            POWERTOOLS_SERVICE_NAME: `service-${n}`,
            LOG_LEVEL: 'INFO'
          }
        },
        Handler: 'index.handler',
        MemorySize: 512,
        Role: getAtt(role, 'Arn'),
        Runtime: 'nodejs20.x',
        Timeout: 30,
        TracingConfig: { Mode: 'Active' }
      },
      DependsOn: [policy, role],
      Metadata: {
        ...path('Handler/Resource'),
        'aws:asset:path': `asset.${hash(`${name}asset`)}`,
        'aws:asset:is-bundled': true,
        'aws:asset:property': 'Code'
      }
    },
    [queue]: {
      Type: 'AWS::SQS::Queue',
      Properties: { KmsMasterKeyId: getAtt(keyId, 'Arn'), MessageRetentionPeriod: 1209600, VisibilityTimeout: 180 },
      UpdateReplacePolicy: 'Delete',
      DeletionPolicy: 'Delete',
      Metadata: path('Queue/Resource')
    },
    [bucket]: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { KMSMasterKeyID: getAtt(keyId, 'Arn'), SSEAlgorithm: 'aws:kms' } }
          ]
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true
        },
        VersioningConfiguration: { Status: 'Enabled' }
      },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
      Metadata: path('Bucket/Resource')
    },
    [logs]: {
      Type: 'AWS::Logs::LogGroup',
      Properties: { LogGroupName: { 'Fn::Join': ['', ['/aws/lambda/', { Ref: fn }]] }, RetentionInDays: 30 },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
      Metadata: path('LogGroup/Resource')
    }
  }
}

function kmsKey(stack: string, k: number): Record<string, Json> {
  const key = `DataKey${k}${hash(`key${k}`)}`
  const alias = `DataKey${k}Alias${hash(`alias${k}`)}`
  const role = `RotationRole${k}${hash(`rot${k}`)}`
  return {
    [key]: {
      Type: 'AWS::KMS::Key',
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: [
            {
              Action: 'kms:*',
              Effect: 'Allow',
              Principal: { AWS: partitionJoin(':iam::', { Ref: 'AWS::AccountId' }, ':root') },
              Resource: '*'
            },
            {
              Action: [
                'kms:DescribeKey',
                'kms:EnableKeyRotation',
                'kms:GetKeyRotationStatus',
                'kms:ListKeyRotations',
                'kms:RotateKeyOnDemand'
              ],
              Effect: 'Allow',
              Principal: { AWS: getAtt(role, 'Arn') },
              Resource: '*',
              Sid: 'AllowRotation'
            }
          ],
          Version: '2012-10-17'
        }
      },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
      Metadata: { 'aws:cdk:path': `${stack}/DataKey${k}/Resource` }
    },
    [alias]: {
      Type: 'AWS::KMS::Alias',
      Properties: { AliasName: `alias/data-${k}`, TargetKeyId: getAtt(key, 'Arn') },
      Metadata: { 'aws:cdk:path': `${stack}/DataKey${k}/Alias/Resource` }
    },
    [role]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
          Version: '2012-10-17'
        },
        Policies: [
          {
            PolicyDocument: {
              Statement: [
                {
                  Action: ['kms:EnableKeyRotation', 'kms:RotateKeyOnDemand'],
                  Effect: 'Allow',
                  Resource: getAtt(key, 'Arn')
                }
              ],
              Version: '2012-10-17'
            },
            PolicyName: 'rotation'
          }
        ],
        RoleName: `kms-rotation-${k}`
      },
      Metadata: { 'aws:cdk:path': `${stack}/RotationRole${k}/Resource` }
    }
  }
}

/** A CDK-style template of about `bytes` bytes, with one KMS key per 40 services. */
export function cdkTemplate(bytes: number): string {
  const stack = 'BenchStack'
  const build = (services: number): string => {
    const resources: Record<string, Json> = {}
    const keys = Math.max(1, Math.ceil(services / 40))
    for (let k = 0; k < keys; k++) Object.assign(resources, kmsKey(stack, k))
    const keyIds = Object.keys(resources).filter(id => id.startsWith('DataKey') && !id.includes('Alias'))
    for (let n = 0; n < services; n++) Object.assign(resources, lambdaService(stack, n, keyIds[n % keyIds.length]))
    return JSON.stringify(
      {
        Resources: resources,
        Parameters: {
          BootstrapVersion: {
            Type: 'AWS::SSM::Parameter::Value<String>',
            Default: '/cdk-bootstrap/hnb659fds/version',
            Description:
              'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]'
          }
        }
      },
      null,
      1
    )
  }
  const sample = build(50).length
  return build(Math.max(1, Math.round((50 * bytes) / sample)))
}

// --- Terraform plan ---------------------------------------------------------------------------------------

const PROVIDER = 'registry.terraform.io/hashicorp/aws'

function bucketValues(i: number): Json {
  const name = `app-data-${i}-${hash(`b${i}`).toLowerCase()}`
  return {
    acceleration_status: '',
    arn: `arn:aws:s3:::${name}`,
    bucket: name,
    bucket_domain_name: `${name}.s3.amazonaws.com`,
    bucket_prefix: '',
    bucket_regional_domain_name: `${name}.s3.us-east-1.amazonaws.com`,
    force_destroy: false,
    hosted_zone_id: 'Z3AQBSTGFYJSTF',
    id: name,
    object_lock_enabled: false,
    policy: '',
    region: 'us-east-1',
    request_payer: 'BucketOwner',
    server_side_encryption_configuration: [
      {
        rule: [
          {
            apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }],
            bucket_key_enabled: false
          }
        ]
      }
    ],
    tags: { Team: `team-${i % 17}`, Service: `service-${i}`, Environment: 'prod' },
    tags_all: { Team: `team-${i % 17}`, Service: `service-${i}`, Environment: 'prod', ManagedBy: 'terraform' },
    versioning: [{ enabled: true, mfa_delete: false }],
    website: []
  }
}

function functionValues(i: number): Json {
  const name = `service-${i}-handler`
  return {
    architectures: ['arm64'],
    arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`,
    description: `Handler of service ${i}`,
    environment: [
      {
        variables: {
          LOG_LEVEL: 'INFO',
          QUEUE_URL: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/service-${i}`,
          TABLE: `service-${i}`
        }
      }
    ],
    function_name: name,
    handler: 'index.handler',
    id: name,
    invoke_arn: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}/invocations`,
    last_modified: '2026-10-01T12:00:00.000+0000',
    memory_size: 512,
    publish: false,
    qualified_arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}:$LATEST`,
    role: `arn:aws:iam::${ACCOUNT}:role/service-${i}`,
    runtime: 'nodejs20.x',
    source_code_hash: `${hash(`s${i}`)}${hash(`t${i}`)}${hash(`u${i}`)}${hash(`v${i}`)}=`,
    tags: { Service: `service-${i}` },
    tags_all: { Service: `service-${i}`, ManagedBy: 'terraform' },
    timeout: 30,
    tracing_config: [{ mode: 'Active' }],
    version: '$LATEST'
  }
}

function roleValues(i: number): Json {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:role/service-${i}`,
    assume_role_policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]
    }),
    create_date: '2025-03-01T00:00:00Z',
    description: '',
    force_detach_policies: false,
    id: `service-${i}`,
    inline_policy: [],
    managed_policy_arns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    max_session_duration: 3600,
    name: `service-${i}`,
    name_prefix: '',
    path: '/',
    permissions_boundary: '',
    tags: {},
    tags_all: { ManagedBy: 'terraform' },
    unique_id: `AROA${hash(`r${i}`)}${hash(`q${i}`)}`
  }
}

function rolePolicyValues(i: number, version: number): Json {
  return {
    id: `service-${i}:data`,
    name: 'data',
    name_prefix: '',
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Queue',
          Effect: 'Allow',
          Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
          Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:service-${i}`
        },
        {
          Sid: 'Bucket',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: `arn:aws:s3:::app-data-${i}/*`
        },
        {
          Sid: 'Key',
          Effect: 'Allow',
          Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
          Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`
        },
        ...(version > 0
          ? [
              {
                Sid: 'Table',
                Effect: 'Allow',
                Action: 'dynamodb:Query',
                Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/service-${i}`
              }
            ]
          : [])
      ]
    }),
    role: `service-${i}`
  }
}

export const keyArnOf = (k: number): string =>
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/${String(k).padStart(8, '0')}-0000-4000-8000-000000000000`

function keyPolicy(k: number): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Root',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*'
        },
        {
          Sid: 'Rotation',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/kms-rotation-service` },
          Action: [
            'kms:RotateKeyOnDemand',
            'kms:EnableKeyRotation',
            'kms:GetKeyRotationStatus',
            'kms:ListKeyRotations',
            'kms:DescribeKey'
          ],
          Resource: '*'
        },
        ...(k % 2
          ? [
              {
                Sid: 'Readers',
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/service-${k}` },
                Action: 'kms:Decrypt',
                Resource: '*'
              }
            ]
          : [])
      ]
    },
    null,
    2
  )
}

function keyValues(k: number, policy: string): Json {
  const id = keyArnOf(k).split('/')[1]
  return {
    arn: keyArnOf(k),
    bypass_policy_lockout_safety_check: false,
    customer_master_key_spec: 'SYMMETRIC_DEFAULT',
    description: `data key ${k}`,
    enable_key_rotation: true,
    id,
    is_enabled: true,
    key_id: id,
    key_usage: 'ENCRYPT_DECRYPT',
    multi_region: false,
    policy,
    rotation_period_in_days: 365,
    tags: {},
    tags_all: {}
  }
}

interface PlanParts {
  changes: Json[]
  planned: Json[]
  prior: Json[]
  config: Json[]
}

function addResource(
  parts: PlanParts,
  module: string,
  type: string,
  name: string,
  before: Json,
  after: Json,
  actions: string[]
): void {
  const address = `${module}.${type}.${name}`
  parts.changes.push({
    address,
    module_address: module,
    mode: 'managed',
    type,
    name,
    provider_name: PROVIDER,
    change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} }
  })
  const values = (v: Json): Json => ({
    address,
    mode: 'managed',
    type,
    name,
    provider_name: PROVIDER,
    schema_version: 0,
    values: v,
    sensitive_values: {}
  })
  parts.planned.push(values(after))
  parts.prior.push(values(before))
  parts.config.push({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_config_key: 'aws',
    expressions: Object.fromEntries(
      Object.entries(after)
        .slice(0, 6)
        .map(([k, v]) => [k, { constant_value: v }])
    ),
    schema_version: 0
  })
}

/** A one-line plan of about `bytes` bytes; the KMS keys' `.tf` files go under `root`. */
export function terraformPlan(bytes: number, root: string): string {
  const KEYS = 12
  mkdirSync(join(root, 'modules', 'kms'), { recursive: true })
  writeFileSync(
    join(root, 'main.tf'),
    'module "kms" {\n  source = "./modules/kms"\n}\n\nmodule "services" {\n  source = "./modules/services"\n}\n'
  )
  const tf: string[] = []
  for (let k = 0; k < KEYS; k++) {
    tf.push(
      `resource "aws_kms_key" "data_${k}" {`,
      `  description         = "data key ${k}"`,
      '  enable_key_rotation = true',
      `  policy              = file("\${path.module}/policies/key-${k}.json")`,
      '}',
      ''
    )
  }
  writeFileSync(join(root, 'modules', 'kms', 'main.tf'), tf.join('\n'))
  const build = (services: number): string => {
    const parts: PlanParts = { changes: [], planned: [], prior: [], config: [] }
    for (let k = 0; k < KEYS; k++) {
      const before = keyValues(k, keyPolicy(k))
      const after = keyValues(k, keyPolicy(k + (k % 3 === 0 ? 1 : 0)))
      addResource(parts, 'module.kms', 'aws_kms_key', `data_${k}`, before, after, [k % 3 === 0 ? 'update' : 'no-op'])
    }
    for (let i = 0; i < services; i++) {
      const m = 'module.services'
      addResource(parts, m, 'aws_s3_bucket', `data_${i}`, bucketValues(i), bucketValues(i), ['no-op'])
      addResource(
        parts,
        m,
        'aws_lambda_function',
        `handler_${i}`,
        functionValues(i),
        { ...functionValues(i), memory_size: 1024 },
        ['update']
      )
      addResource(parts, m, 'aws_iam_role', `service_${i}`, roleValues(i), roleValues(i), ['no-op'])
      addResource(
        parts,
        m,
        'aws_iam_role_policy',
        `data_${i}`,
        rolePolicyValues(i, 0),
        rolePolicyValues(i, i % 10 === 0 ? 1 : 0),
        [i % 10 === 0 ? 'update' : 'no-op']
      )
    }
    const byModule = (list: Json[], module: string): Json[] =>
      list.filter(r => String(r.address).startsWith(`${module}.`))
    const modules = (list: Json[]): Json[] =>
      ['module.kms', 'module.services'].map(address => ({ address, resources: byModule(list, address) }))
    return JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: { root_module: { child_modules: modules(parts.planned) } },
      resource_changes: parts.changes,
      prior_state: {
        format_version: '1.0',
        terraform_version: '1.9.8',
        values: { root_module: { child_modules: modules(parts.prior) } }
      },
      configuration: {
        provider_config: { aws: { name: 'aws', full_name: PROVIDER } },
        root_module: {
          module_calls: {
            kms: {
              source: './modules/kms',
              module: { resources: parts.config.filter(r => String(r.type) === 'aws_kms_key') }
            },
            services: {
              source: './modules/services',
              module: { resources: parts.config.filter(r => String(r.type) !== 'aws_kms_key') }
            }
          }
        }
      },
      timestamp: '2026-11-28T09:14:03Z',
      applyable: true,
      complete: true,
      errored: false
    })
  }
  const sample = build(200).length
  return build(Math.max(1, Math.round((200 * bytes) / sample)))
}

// --- Timing ------------------------------------------------------------------------------------------------

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Medians of `a` and `b`, run alternately (so that drift in the machine affects both alike). */
function compare(a: () => unknown, b: () => unknown): { a: number; b: number } {
  for (let i = 0; i < WARMUP; i++) {
    a()
    b()
  }
  const ta: number[] = []
  const tb: number[] = []
  for (let i = 0; i < RUNS; i++) {
    gc()
    let t = performance.now()
    a()
    ta.push(performance.now() - t)
    gc()
    t = performance.now()
    b()
    tb.push(performance.now() - t)
  }
  return { a: median(ta), b: median(tb) }
}

const mb = (text: string): string => (Buffer.byteLength(text, 'utf8') / (1024 * 1024)).toFixed(1)

export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kpg-bench-iac-'))
  try {
    const template = cdkTemplate(TEMPLATE_BYTES)
    writeFileSync(join(dir, 'BenchStack.template.json'), template)
    const cfnInput = {
      file: 'cdk.out/BenchStack.template.json',
      text: template,
      keys: { [`DataKey0${hash('key0')}`]: keyArnOf(0) },
      principals: {},
      context: { account: ACCOUNT, region: 'us-east-1', partition: 'aws' }
    }
    const cfnCheck = readCloudFormation(cfnInput)
    if (cfnCheck.problems.length || !cfnCheck.change.keys.length)
      throw new Error(`the generated template did not read cleanly: ${JSON.stringify(cfnCheck.problems.slice(0, 3))}`)
    const cfn = compare(
      () => JSON.parse(template),
      () => readCloudFormation(cfnInput)
    )

    // The same kind of template written in YAML (block style, short-form tags), scaled to the same size.
    const sampleYaml = toCfnYaml(JSON.parse(cdkTemplate(500_000))).length / 500_000
    const yamlJson = cdkTemplate(TEMPLATE_BYTES / sampleYaml)
    const yamlText = toCfnYaml(JSON.parse(yamlJson))
    const yamlInput = { ...cfnInput, file: 'infra/BenchStack.yaml', text: yamlText }
    const yamlCheck = readCloudFormation(yamlInput)
    if (yamlCheck.problems.length || !yamlCheck.change.keys.length)
      throw new Error(`the generated YAML did not read cleanly: ${JSON.stringify(yamlCheck.problems.slice(0, 3))}`)
    const yaml = compare(
      () => JSON.parse(yamlJson),
      () => readCloudFormation(yamlInput)
    )
    const yamlLibrary = compare(
      () => JSON.parse(yamlJson),
      () => parseYamlLibrary(yamlText)
    )

    const root = join(dir, 'infra')
    const planText = terraformPlan(PLAN_BYTES, root)
    writeFileSync(join(dir, 'plan.json'), planText)
    const tfInput = { file: 'plan.json', text: planText, root: 'infra', workspace: dir, keys: {}, principals: {} }
    const tfCheck = readTerraformPlan(tfInput)
    if (tfCheck.problems.length || !tfCheck.change.keys.length)
      throw new Error(`the generated plan did not read cleanly: ${JSON.stringify(tfCheck.problems.slice(0, 3))}`)
    const tf = compare(
      () => JSON.parse(planText),
      () => readTerraformPlan(tfInput)
    )

    const ratio = (x: { a: number; b: number }): string => `${(x.b / x.a).toFixed(2)}x`
    return {
      title: 'IaC sources: reader time against a bare JSON.parse of the same text',
      rows: [
        { label: `CDK template size (${cfnCheck.change.keys.length} KMS keys)`, value: mb(template), unit: 'MB' },
        { label: '  JSON.parse', value: cfn.a.toFixed(1), unit: 'ms' },
        { label: '  readCloudFormation', value: cfn.b.toFixed(1), unit: 'ms' },
        { label: '  ratio', value: ratio(cfn) },
        {
          label: `CloudFormation YAML size (${yamlCheck.change.keys.length} KMS keys)`,
          value: mb(yamlText),
          unit: 'MB'
        },
        { label: '  JSON.parse of the same template', value: yaml.a.toFixed(1), unit: 'ms' },
        { label: '  readCloudFormation (fast YAML path)', value: yaml.b.toFixed(1), unit: 'ms' },
        { label: '  ratio', value: ratio(yaml) },
        { label: '  yaml library alone (fallback path)', value: yamlLibrary.b.toFixed(1), unit: 'ms' },
        { label: '  ratio', value: ratio(yamlLibrary) },
        {
          label: `Terraform plan size (${tfCheck.change.keys.length} changed KMS keys)`,
          value: mb(planText),
          unit: 'MB'
        },
        { label: '  JSON.parse', value: tf.a.toFixed(1), unit: 'ms' },
        { label: '  readTerraformPlan', value: tf.b.toFixed(1), unit: 'ms' },
        { label: '  ratio', value: ratio(tf) }
      ],
      notes: [
        'target (issue 5): ratio under 2x for a 5 MB template and a 50 MB plan',
        'target (issue 11): a 5 MB YAML template under 10x JSON.parse of the same template',
        `median of ${RUNS} runs after ${WARMUP} warm-up runs, same process, gc before each run`
      ]
    }
  } finally {
    // BENCH_KEEP=1 keeps the generated files for profiling.
    if (process.env.BENCH_KEEP) console.log(`bench: files kept in ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}
