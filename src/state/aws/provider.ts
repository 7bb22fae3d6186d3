import { GetTemplateCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation'
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  type AttachedPolicy,
  type Group,
  type IAMClient,
  type Role,
  type User
} from '@aws-sdk/client-iam'
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListKeyRotationsCommand,
  type AliasListEntry,
  type KeyMetadata,
  type RotationsListEntry,
  type KMSClient
} from '@aws-sdk/client-kms'
import { GateError } from '../../errors.js'
import { INPUT_LIMITS } from '../../constants.js'
import { rotatesOnDemandOnly } from '../keys.js'
import type {
  KeyRotationState,
  KeyState,
  LivePolicy,
  LiveState,
  PrincipalState,
  StateProvider,
  StateRequest
} from '../types.js'
import { awsError, awsErrorName, isAwsError, type AwsCall } from './errors.js'
import { CallGate } from './limit.js'
import { pages as pagesOf } from './pages.js'
import { readOrganization, type OrganizationsReader } from './organizations.js'
import { list as listOf, malformed, optBoolean, optDate, optNumber, optString, reqString } from './shape.js'
import { accountOf, regionOf } from '../../arn.js'

export interface AwsStateProviderOptions {
  kms: KMSClient
  iam: IAMClient
  region: string
  /** Requests in flight at once; default 8. */
  concurrency?: number
  /** Shares de-duplication and call counts with the identity oracle; default: a gate of its own. */
  gate?: CallGate
  /** Clock for `capturedAt`. */
  now?: () => Date
  /** Read the account's aliases even when no key is referenced by alias (to fill `aliases`). */
  readAliases?: boolean
  /** The KMS client of another region (keys and aliases are read in the region of their ARN); default: `kms`. */
  kmsFor?: (region: string) => KMSClient
  /** Reads the account's organization (id, SCPs and RCPs); without it they are not read. */
  organizations?: OrganizationsReader
  /**
   * Other accounts this run reads (config `accounts:`), each through a provider holding that account's
   * credentials: their keys, the principals of theirs that checks and key policies name, and their role and
   * user lists.
   */
  accounts?: Map<string, AwsStateProvider>
  /** Reads the deployed templates of the requested stacks (StateRequest.stacks); needed only when some are asked. */
  cloudformation?: CloudFormationClient
}

interface IamEntity {
  /** The ARN as IAM returns it, path included. */
  arn: string
  id?: string
  boundaryArn?: string
}

interface IamName {
  type: 'role' | 'user'
  account: string
  name: string
}

/** IAM lists are read with the largest page IAM allows (fewer calls); KMS allows 100 aliases and 1000 rotations. */
const IAM_PAGE = 1000
const ALIAS_PAGE = 100
const ROTATION_PAGE = 1000
/** Far above any real list (IAM allows at most 5,000 roles per account, read 1,000 per page). */
const MAX_PAGES = 500

/**
 * Reads the live state of the configured keys and principals from KMS and IAM (CONTRACT §7), in the
 * same shape as a snapshot file. Every request goes through one gate: bounded, never sent twice.
 * Any AWS failure after the SDK's retries becomes a GateError naming the API, the resource and,
 * when access was denied, the missing permission.
 */
export class AwsStateProvider implements StateProvider {
  readonly mode = 'live' as const
  private readonly kms: KMSClient
  private readonly iam: IAMClient
  private readonly gate: CallGate

  constructor(private readonly options: AwsStateProviderOptions) {
    this.kms = options.kms
    this.iam = options.iam
    this.gate = options.gate ?? new CallGate(options.concurrency ?? 8)
  }

  /** AWS requests actually sent, per API (`kms:DescribeKey`: 2, …); retries by the SDK count once. */
  get calls(): Record<string, number> {
    return this.gate.calls
  }

  async load(request: StateRequest): Promise<LiveState> {
    const others = this.options.accounts ?? new Map<string, AwsStateProvider>()
    const reader = (ref: string): AwsStateProvider => others.get(accountOf(ref) ?? '') ?? this
    // The role and user lists depend on nothing else: start them now (this account's and every other's).
    const ownList = this.listKnownPrincipals()
    const known = Promise.all([ownList, ...[...others.values()].map(p => p.listKnownPrincipals())]).then(lists =>
      lists.flat()
    )
    known.catch(() => undefined) // awaited below; this only keeps an early key failure from leaving it unhandled
    // Keys named by the ARN of another account are read there; ids and aliases name keys of this account.
    const own = request.keys.filter(ref => reader(ref) === this)
    const keys = (
      await Promise.all([
        this.readKeys(own),
        ...[...others].map(([account, p]) => p.readKeys(request.keys.filter(ref => accountOf(ref) === account)))
      ])
    ).flat()
    const home = keys.find(key => reader(key.arn) === this)
    const account =
      (home ? accountOf(home.arn) : undefined) ??
      request.principals
        .filter(arn => reader(arn) === this)
        .map(accountOf)
        .find(Boolean)
    const wanted = unique([...request.principals, ...keys.flatMap(key => namedPrincipals(key.policy))]).filter(
      arn => iamName(arn)?.account === account || others.has(iamName(arn)?.account ?? '')
    )
    const orgAccount =
      account ??
      (await known.then(list =>
        list
          .filter(arn => reader(arn) === this)
          .map(accountOf)
          .find(Boolean)
      ))
    // The account of the run's own credentials is read directly: listed under `accounts:` too, its keys and
    // principals would be read through the assumed role and its organization policies taken for another's.
    const ownAccount = others.size ? (await ownList).map(accountOf).find(Boolean) : undefined
    if (ownAccount && others.has(ownAccount))
      throw new GateError(
        `accounts: lists ${ownAccount}, the account the run's own credentials read; remove it from accounts:`
      )
    const [principals, knownPrincipals, org, stacks] = await Promise.all([
      Promise.all(wanted.map(arn => reader(arn).readPrincipal(arn, request.principals.includes(arn)))),
      known,
      this.options.organizations && orgAccount
        ? readOrganization(this.options.organizations, this.gate, orgAccount)
        : undefined,
      this.deployedTemplates(request.stacks ?? [])
    ])
    return {
      version: 1,
      capturedAt: iso((this.options.now ?? (() => new Date()))()),
      // A config with only templates or plans that create keys names no ARN: the account's own role and user
      // ARNs (listed anyway for existence checks) tell which account the gate reads, for pseudo parameters and
      // the owners of new keys.
      account: account ?? orgAccount ?? '',
      ...(others.size ? { otherAccounts: [...others.keys()].sort() } : {}),
      region: this.options.region,
      keys,
      principals: principals.filter((p): p is PrincipalState => p !== null),
      ...(org?.organizationId !== undefined ? { organizationId: org.organizationId } : {}),
      knownPrincipals,
      ...(org?.serviceControlPolicies ? { serviceControlPolicies: org.serviceControlPolicies } : {}),
      ...(org?.resourceControlPolicies ? { resourceControlPolicies: org.resourceControlPolicies } : {}),
      ...(org?.unread ? { organizationPoliciesUnread: org.unread } : {}),
      ...(org?.organizationIdUnread ? { organizationIdUnread: org.organizationIdUnread } : {}),
      ...(stacks.length ? { stacks } : {})
    }
  }

  // --- CloudFormation ----------------------------------------------------------------------------

  /**
   * The template CloudFormation holds for each stack, as submitted (`TemplateStage: Original`: the form the
   * repository's template is written in, before any Transform), or null when no stack of that name exists.
   * GetTemplate answers a missing template with a `ValidationError` (CloudFormation API Reference, GetTemplate),
   * for a name with "Stack with id NAME does not exist"; any other failure stops the run (exit 2) naming the API.
   */
  private async deployedTemplates(names: string[]): Promise<{ name: string; template: string | null }[]> {
    if (!names.length) return []
    const cloudformation = this.options.cloudformation
    if (!cloudformation)
      throw new GateError(`the deployed templates of ${names.join(', ')} cannot be read here: no CloudFormation client`)
    return Promise.all(
      unique(names).map(async name => {
        const call = { api: 'cloudformation:GetTemplate', resource: name }
        const command = new GetTemplateCommand({ StackName: name, TemplateStage: 'Original' })
        const out = await this.request(call, command, c => cloudformation.send(c)).catch((error: unknown) => {
          if (isAwsError(error, 'ValidationError') && /\bdoes not exist\b/.test(messageOf(error))) return undefined
          throw awsError(error, call)
        })
        if (out === undefined) return { name, template: null }
        const template = reqString(call, out.TemplateBody, 'TemplateBody')
        if (Buffer.byteLength(template) > INPUT_LIMITS.template)
          throw malformed(call, `TemplateBody is over the limit of ${INPUT_LIMITS.template} bytes`)
        return { name, template }
      })
    )
  }

  // --- KMS -------------------------------------------------------------------------------------

  /** KMS is regional: a key is read with the client of the region in its ARN (never another region's endpoint). */
  private kmsIn(region: string): KMSClient {
    return region === this.options.region || !this.options.kmsFor ? this.kms : this.options.kmsFor(region)
  }

  /**
   * The keys the references name, each described, with its policy and rotation state: aliases resolved with
   * `ListAliases` in their region, key ids completed to ARNs where another reference gives the ARN, and the
   * primary of every multi-Region replica read too.
   */
  private async readKeys(refs: string[]): Promise<KeyState[]> {
    const aliasesIn = await this.aliasesFor(refs)
    const allAliases = [...aliasesIn.values()].flatMap(a => a ?? [])
    const targets = this.keyTargets(refs, aliasesIn, allAliases)
    const described = (await Promise.all(targets.map(ref => this.describeKey(ref)))).filter(
      (meta): meta is KeyMetadata => meta !== undefined
    )
    const byArn = new Map(described.map(meta => [meta.Arn as string, meta]))
    // Rotation of a multi-Region set is governed by its primary key (EnableKeyRotation, RotateKeyOnDemand: "set
    // the property on the primary key"), which lives in another region: read it too.
    const primaries = unique(
      described.flatMap(meta => {
        const primary = meta.MultiRegionConfiguration?.PrimaryKey?.Arn
        return meta.MultiRegionConfiguration?.MultiRegionKeyType === 'REPLICA' && primary && !byArn.has(primary)
          ? [primary]
          : []
      })
    )
    for (const meta of await Promise.all(primaries.map(arn => this.describeKey(arn)))) {
      if (meta) byArn.set(meta.Arn as string, meta)
    }
    const primaryRegions = unique(primaries.map(arn => regionOf(arn) as string)).filter(r => !aliasesIn.has(r))
    const more = this.options.readAliases ? await Promise.all(primaryRegions.map(r => this.listAliases(r))) : []
    return Promise.all([...byArn.values()].map(meta => this.readKey(meta, [...allAliases, ...more.flat()])))
  }

  /**
   * The aliases of every region a key or alias reference names (alias names and key ids are in the home region),
   * by region: `ListAliases` is the read-only way to resolve an alias, and it fills `aliases` for each key.
   * Undefined for a region whose aliases are not needed.
   */
  private async aliasesFor(refs: string[]): Promise<Map<string, AliasListEntry[] | undefined>> {
    const home = this.options.region
    const regions = unique([...refs.map(ref => regionOf(ref) ?? home), ...(this.options.readAliases ? [home] : [])])
    const listed = await Promise.all(
      regions.map(async region => {
        const own = refs.some(ref => isAliasRef(ref) && (regionOf(ref) ?? home) === region)
        return own || this.options.readAliases ? this.listAliases(region) : undefined
      })
    )
    return new Map(regions.map((region, i) => [region, listed[i]]))
  }

  /** What to describe: aliases resolved, and a bare key id whose ARN is already known given as that ARN. */
  private keyTargets(
    refs: string[],
    aliasesIn: Map<string, AliasListEntry[] | undefined>,
    allAliases: AliasListEntry[]
  ): string[] {
    const home = this.options.region
    const resolved = refs
      .map(ref => (isAliasRef(ref) ? this.resolveAlias(ref, aliasesIn.get(regionOf(ref) ?? home)) : ref))
      .filter((r): r is string => r !== null)
    // A bare key id whose ARN is already known (named elsewhere, or an alias target) needs no DescribeKey of its own.
    const known = [
      ...resolved.filter(isKeyArn),
      ...allAliases.flatMap(a => (a.AliasArn && a.TargetKeyId ? [aliasTargetArn(a.AliasArn, a.TargetKeyId)] : []))
    ]
    return unique(
      resolved.map(ref =>
        isKeyArn(ref) || isAliasRef(ref) ? ref : (known.find(arn => arn.endsWith(`:key/${ref}`)) ?? ref)
      )
    )
  }

  /**
   * An alias of the listed account and region resolves through `ListAliases` alone. One that is not listed does
   * not exist (null), and a predefined `alias/aws/*` without a target must never reach `DescribeKey`: KMS would
   * create the AWS managed key to answer it (DescribeKey, KeyId: "If you specify a predefined Amazon Web Services
   * alias (an Amazon Web Services alias with no key ID), KMS associates the alias with an Amazon Web Services
   * managed key"). Only an alias of another account, which cannot be listed, is left to `DescribeKey`.
   */
  private resolveAlias(ref: string, aliases: AliasListEntry[] | undefined): string | null {
    const entry = aliases?.find(a => (ref.startsWith('arn:') ? a.AliasArn === ref : a.AliasName === ref))
    if (entry?.AliasArn && entry.TargetKeyId) return aliasTargetArn(entry.AliasArn, entry.TargetKeyId)
    if (/^(?:arn:[^:]+:kms:[^:]*:\d{12}:)?alias\/aws\//.test(ref)) return null
    const otherAccount =
      ref.startsWith('arn:') && aliases?.[0]?.AliasArn && accountOf(aliases[0].AliasArn) !== accountOf(ref)
    return aliases && !otherAccount ? null : ref
  }

  /**
   * `undefined` when the key does not exist: the gate then says which configured key is missing (at its config
   * line), or treats it as a key the change creates (an alias a template introduces).
   */
  private async describeKey(ref: string): Promise<KeyMetadata | undefined> {
    const call = { api: 'kms:DescribeKey', resource: ref }
    const kms = this.kmsIn(regionOf(ref) ?? this.options.region)
    const out = await this.request(call, new DescribeKeyCommand({ KeyId: ref }), c => kms.send(c)).catch(
      (error: unknown) => {
        if (isAwsError(error, 'NotFoundException')) return undefined
        throw awsError(error, call)
      }
    )
    if (out === undefined) return undefined
    const meta = out.KeyMetadata as KeyMetadata | undefined
    if (!meta || typeof meta !== 'object') throw malformed(call, 'no key metadata')
    reqString(call, meta.Arn, 'KeyMetadata.Arn')
    reqString(call, meta.KeyId, 'KeyMetadata.KeyId')
    for (const field of ['KeySpec', 'CustomerMasterKeySpec', 'KeyUsage', 'KeyManager', 'Origin', 'KeyState'] as const)
      optString(call, meta[field], `KeyMetadata.${field}`)
    optBoolean(call, meta.MultiRegion, 'KeyMetadata.MultiRegion')
    optDate(call, meta.CreationDate, 'KeyMetadata.CreationDate')
    const mrc = meta.MultiRegionConfiguration
    if (mrc !== undefined) {
      optString(call, mrc.MultiRegionKeyType, 'MultiRegionConfiguration.MultiRegionKeyType')
      optString(call, mrc.PrimaryKey?.Arn, 'MultiRegionConfiguration.PrimaryKey.Arn')
    }
    if (!isKeyArn(meta.Arn as string)) throw malformed(call, 'KeyMetadata.Arn is not a key ARN')
    return meta
  }

  private async readKey(meta: KeyMetadata, aliases: AliasListEntry[]): Promise<KeyState> {
    const arn = meta.Arn as string
    const [policy, { rotation, unreadable }] = await Promise.all([
      this.keyPolicy(arn),
      canRotate(meta) ? this.rotation(arn) : onDemandOnly(meta) ? this.onDemandRotation(arn) : NO_ROTATION
    ])
    const mrc = meta.MultiRegionConfiguration
    return {
      arn,
      aliases: aliases
        .filter(a => a.TargetKeyId === meta.KeyId && a.AliasName && a.AliasArn && sameRegion(a.AliasArn, arn))
        .map(a => a.AliasName as string)
        .sort(),
      keySpec: meta.KeySpec ?? meta.CustomerMasterKeySpec,
      keyUsage: meta.KeyUsage,
      keyManager: meta.KeyManager,
      origin: meta.Origin,
      keyState: meta.KeyState,
      multiRegion: meta.MultiRegion ?? false,
      ...(mrc?.MultiRegionKeyType ? { multiRegionKeyType: mrc.MultiRegionKeyType } : {}),
      ...(mrc?.PrimaryKey?.Arn && mrc.PrimaryKey.Arn !== arn ? { primaryKeyArn: mrc.PrimaryKey.Arn } : {}),
      creationDate: meta.CreationDate ? iso(meta.CreationDate) : undefined,
      policy,
      ...(rotation ? { rotation } : {}),
      ...(unreadable ? { rotationUnreadable: unreadable } : {})
    }
  }

  private async keyPolicy(arn: string): Promise<Record<string, unknown>> {
    const call = { api: 'kms:GetKeyPolicy', resource: arn }
    const kms = this.kmsIn(regionOf(arn) ?? this.options.region)
    const out = await this.send(call, new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }), c => kms.send(c))
    return parsePolicy(out.Policy, call, false)
  }

  /**
   * Undefined when a rotation read is refused: `UnsupportedOperationException` (a key type `canRotate` does not
   * foresee, e.g. a replica) or `KMSInvalidStateException` ("The key state of the KMS key is not compatible with
   * the operation", GetKeyRotationStatus / ListKeyRotations). The refusal is kept as `rotationUnreadable` so that
   * the report says which rules could not run, instead of silently dropping them.
   */
  private async rotation(arn: string): Promise<{ rotation?: KeyRotationState; unreadable?: string }> {
    const [status, history] = await Promise.all([this.rotationStatus(arn), this.rotationHistory(arn)])
    if ('refused' in status) return { unreadable: status.refused }
    if ('refused' in history) return { unreadable: history.refused }
    return { rotation: { ...status, history: history.items } }
  }

  /**
   * Imported material has no automatic rotation to read (`enabled: false`); its history lists every key material,
   * on-demand rotations included (ListKeyRotations, IncludeKeyMaterial ALL_KEY_MATERIAL).
   */
  private async onDemandRotation(arn: string): Promise<{ rotation?: KeyRotationState; unreadable?: string }> {
    const history = await this.rotationHistory(arn, true)
    return 'refused' in history
      ? { unreadable: history.refused }
      : { rotation: { enabled: false, history: history.items } }
  }

  private async rotationStatus(arn: string): Promise<Omit<KeyRotationState, 'history'> | { refused: string }> {
    const call = { api: 'kms:GetKeyRotationStatus', resource: arn }
    const kms = this.kmsIn(regionOf(arn) ?? this.options.region)
    const out = await this.request(call, new GetKeyRotationStatusCommand({ KeyId: arn }), c => kms.send(c)).catch(
      refused(call)
    )
    if ('refused' in out) return out
    const enabled = optBoolean(call, out.KeyRotationEnabled, 'KeyRotationEnabled')
    const period = optNumber(call, out.RotationPeriodInDays, 'RotationPeriodInDays')
    const next = optDate(call, out.NextRotationDate, 'NextRotationDate')
    return {
      enabled: enabled ?? false,
      ...(period !== undefined ? { periodDays: period } : {}),
      ...(next ? { nextRotationDate: iso(next) } : {})
    }
  }

  private async rotationHistory(
    arn: string,
    allMaterial = false
  ): Promise<{ items: KeyRotationState['history'] } | { refused: string }> {
    const call = { api: 'kms:ListKeyRotations', resource: arn }
    const kms = this.kmsIn(regionOf(arn) ?? this.options.region)
    const entries = await pages(call, async marker => {
      const command = new ListKeyRotationsCommand({
        KeyId: arn,
        Limit: ROTATION_PAGE,
        ...(allMaterial ? { IncludeKeyMaterial: 'ALL_KEY_MATERIAL' as const } : {}),
        ...(marker ? { Marker: marker } : {})
      })
      const out = await this.request(call, command, c => kms.send(c))
      const items = listOf<RotationsListEntry>(call, out.Rotations, 'Rotations')
      for (const r of items) {
        optDate(call, r.RotationDate, 'Rotations[].RotationDate')
        optString(call, r.RotationType, 'Rotations[].RotationType')
      }
      return { items, next: out.Truncated ? optString(call, out.NextMarker, 'NextMarker') : undefined }
    }).catch(refused(call))
    if ('refused' in entries) return entries
    // The first key material and material waiting to be rotated in have no rotation date.
    return {
      items: entries
        .filter(r => r.RotationDate)
        .map(r => ({ date: iso(r.RotationDate as Date), type: r.RotationType ?? 'UNKNOWN' }))
    }
  }

  private listAliases(region: string): Promise<AliasListEntry[]> {
    const call = { api: 'kms:ListAliases', resource: '*' }
    const kms = this.kmsIn(region)
    return pages(call, async marker => {
      const command = new ListAliasesCommand({ Limit: ALIAS_PAGE, ...(marker ? { Marker: marker } : {}) })
      // The region is part of the request's identity: the same input to two regions is two calls.
      const out = await this.gate
        .call(`${call.api}@${region}`, command.input, () => kms.send(command), call.api)
        .catch(rethrow(call))
      const items = listOf<AliasListEntry>(call, out.Aliases, 'Aliases')
      for (const a of items) {
        reqString(call, a.AliasName, 'Aliases[].AliasName')
        optString(call, a.AliasArn, 'Aliases[].AliasArn')
        optString(call, a.TargetKeyId, 'Aliases[].TargetKeyId')
      }
      return { items, next: out.Truncated ? optString(call, out.NextMarker, 'NextMarker') : undefined }
    })
  }

  // --- IAM -------------------------------------------------------------------------------------

  /**
   * Null when the principal does not exist (existence itself is judged from `knownPrincipals`). IAM finds roles
   * and users by name, but an ARN names one entity with its path: `role/x` is not `role/team/x`. A configured
   * principal whose ARN differs from IAM's is a configuration error (the simulator and key policies use the
   * exact ARN, so evaluating either one would decide about the wrong principal); one that a key policy names is
   * simply not that entity.
   */
  private async readPrincipal(arn: string, configured: boolean): Promise<PrincipalState | null> {
    const who = iamName(arn) as IamName
    const entity = who.type === 'role' ? await this.getRole(arn, who.name) : await this.getUser(arn, who.name)
    if (!entity) return null
    if (entity.arn !== arn) {
      if (!configured) return null
      throw new GateError(
        `the config names ${arn}, but IAM's ${who.type} ${who.name} is ${entity.arn}: write the ARN with its path`
      )
    }
    const [own, attached, groups, boundary] = await Promise.all([
      this.inlinePolicies(who.type, arn, who.name),
      this.attachedPolicies(who.type, arn, who.name),
      who.type === 'user' ? this.groupPolicies(arn, who.name) : [],
      entity.boundaryArn ? this.managedPolicy(entity.boundaryArn) : null
    ])
    const policies: LivePolicy[] = []
    const seen = new Set<string>()
    for (const policy of [...own, ...attached, ...groups]) {
      // A managed policy attached both directly and through a group applies once.
      if (policy.managed && seen.has(policy.managed)) continue
      if (policy.managed) seen.add(policy.managed)
      policies.push(policy)
    }
    return {
      arn,
      ...(entity.id ? { id: entity.id } : {}),
      policies,
      permissionsBoundary: entity.boundaryArn ? { arn: entity.boundaryArn, document: boundary } : null
    }
  }

  private async getRole(arn: string, name: string): Promise<IamEntity | null> {
    const call = { api: 'iam:GetRole', resource: arn }
    const out = await this.request(call, new GetRoleCommand({ RoleName: name }), c => this.iam.send(c)).catch(
      absentIfNoSuchEntity(call)
    )
    if (!out) return null
    if (!out.Role || typeof out.Role !== 'object') throw malformed(call, 'no Role')
    return {
      arn: reqString(call, out.Role.Arn, 'Role.Arn'),
      id: optString(call, out.Role.RoleId, 'Role.RoleId'),
      boundaryArn: optString(call, out.Role.PermissionsBoundary?.PermissionsBoundaryArn, 'PermissionsBoundaryArn')
    }
  }

  private async getUser(arn: string, name: string): Promise<IamEntity | null> {
    const call = { api: 'iam:GetUser', resource: arn }
    const out = await this.request(call, new GetUserCommand({ UserName: name }), c => this.iam.send(c)).catch(
      absentIfNoSuchEntity(call)
    )
    if (!out) return null
    if (!out.User || typeof out.User !== 'object') throw malformed(call, 'no User')
    return {
      arn: reqString(call, out.User.Arn, 'User.Arn'),
      id: optString(call, out.User.UserId, 'User.UserId'),
      boundaryArn: optString(call, out.User.PermissionsBoundary?.PermissionsBoundaryArn, 'PermissionsBoundaryArn')
    }
  }

  private async inlinePolicies(type: 'role' | 'user', arn: string, name: string): Promise<LivePolicy[]> {
    const list = { api: type === 'role' ? 'iam:ListRolePolicies' : 'iam:ListUserPolicies', resource: arn }
    const names = await pages(list, async marker => {
      const page = marker ? { Marker: marker } : {}
      const out =
        type === 'role'
          ? await this.send(list, new ListRolePoliciesCommand({ RoleName: name, MaxItems: IAM_PAGE, ...page }), c =>
              this.iam.send(c)
            )
          : await this.send(list, new ListUserPoliciesCommand({ UserName: name, MaxItems: IAM_PAGE, ...page }), c =>
              this.iam.send(c)
            )
      return {
        items: listOf<string>(list, out.PolicyNames, 'PolicyNames', true),
        next: out.IsTruncated ? out.Marker : undefined
      }
    })
    const get = { api: type === 'role' ? 'iam:GetRolePolicy' : 'iam:GetUserPolicy', resource: arn }
    return Promise.all(
      names.map(async policyName => {
        const out =
          type === 'role'
            ? await this.send(get, new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName }), c =>
                this.iam.send(c)
              )
            : await this.send(get, new GetUserPolicyCommand({ UserName: name, PolicyName: policyName }), c =>
                this.iam.send(c)
              )
        return { name: policyName, document: parsePolicy(out.PolicyDocument, get, true) }
      })
    )
  }

  private async attachedPolicies(type: 'role' | 'user', arn: string, name: string): Promise<LivePolicy[]> {
    const call = {
      api: type === 'role' ? 'iam:ListAttachedRolePolicies' : 'iam:ListAttachedUserPolicies',
      resource: arn
    }
    const attached = await pages(call, async marker => {
      const page = marker ? { Marker: marker } : {}
      const out =
        type === 'role'
          ? await this.send(
              call,
              new ListAttachedRolePoliciesCommand({ RoleName: name, MaxItems: IAM_PAGE, ...page }),
              c => this.iam.send(c)
            )
          : await this.send(
              call,
              new ListAttachedUserPoliciesCommand({ UserName: name, MaxItems: IAM_PAGE, ...page }),
              c => this.iam.send(c)
            )
      return {
        items: listOf<AttachedPolicy>(call, out.AttachedPolicies, 'AttachedPolicies'),
        next: out.IsTruncated ? out.Marker : undefined
      }
    })
    return this.managedPolicies(attached)
  }

  /** A user's groups' inline and attached policies, listed as the user's own (`group/GROUP/NAME` for inline). */
  private async groupPolicies(userArn: string, userName: string): Promise<LivePolicy[]> {
    const call = { api: 'iam:ListGroupsForUser', resource: userArn }
    const groups = await pages(call, async marker => {
      const command = new ListGroupsForUserCommand({
        UserName: userName,
        MaxItems: IAM_PAGE,
        ...(marker ? { Marker: marker } : {})
      })
      const out = await this.send(call, command, c => this.iam.send(c))
      return { items: listOf<Group>(call, out.Groups, 'Groups'), next: out.IsTruncated ? out.Marker : undefined }
    })
    const perGroup = await Promise.all(
      groups.map(async group => {
        const groupName = reqString(call, group.GroupName, 'Groups[].GroupName')
        const groupArn = group.Arn ?? groupName
        const [inline, attached] = await Promise.all([
          this.groupInline(groupArn, groupName),
          this.groupAttached(groupArn, groupName)
        ])
        return [...inline, ...attached]
      })
    )
    return perGroup.flat()
  }

  private async groupInline(groupArn: string, groupName: string): Promise<LivePolicy[]> {
    const list = { api: 'iam:ListGroupPolicies', resource: groupArn }
    const names = await pages(list, async marker => {
      const command = new ListGroupPoliciesCommand({
        GroupName: groupName,
        MaxItems: IAM_PAGE,
        ...(marker ? { Marker: marker } : {})
      })
      const out = await this.send(list, command, c => this.iam.send(c))
      return {
        items: listOf<string>(list, out.PolicyNames, 'PolicyNames', true),
        next: out.IsTruncated ? out.Marker : undefined
      }
    })
    const get = { api: 'iam:GetGroupPolicy', resource: groupArn }
    return Promise.all(
      names.map(async policyName => {
        const command = new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName })
        const out = await this.send(get, command, c => this.iam.send(c))
        return { name: `group/${groupName}/${policyName}`, document: parsePolicy(out.PolicyDocument, get, true) }
      })
    )
  }

  private async groupAttached(groupArn: string, groupName: string): Promise<LivePolicy[]> {
    const call = { api: 'iam:ListAttachedGroupPolicies', resource: groupArn }
    const attached = await pages(call, async marker => {
      const command = new ListAttachedGroupPoliciesCommand({
        GroupName: groupName,
        MaxItems: IAM_PAGE,
        ...(marker ? { Marker: marker } : {})
      })
      const out = await this.send(call, command, c => this.iam.send(c))
      return {
        items: listOf<AttachedPolicy>(call, out.AttachedPolicies, 'AttachedPolicies'),
        next: out.IsTruncated ? out.Marker : undefined
      }
    })
    return this.managedPolicies(attached)
  }

  private managedPolicies(attached: AttachedPolicy[]): Promise<LivePolicy[]> {
    const arns = unique(attached.map(a => a.PolicyArn).filter((arn): arn is string => Boolean(arn)))
    return Promise.all(arns.map(async arn => ({ managed: arn, document: await this.managedPolicy(arn) })))
  }

  /** The default version of a managed policy; shared policies are fetched once thanks to the gate. */
  private async managedPolicy(arn: string): Promise<unknown> {
    const getPolicy = { api: 'iam:GetPolicy', resource: arn }
    const policy = await this.send(getPolicy, new GetPolicyCommand({ PolicyArn: arn }), c => this.iam.send(c))
    const versionId = optString(getPolicy, policy.Policy?.DefaultVersionId, 'Policy.DefaultVersionId')
    if (!versionId) throw new GateError(`AWS iam:GetPolicy on ${arn} returned no default version`)
    const getVersion = { api: 'iam:GetPolicyVersion', resource: arn }
    const command = new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })
    const version = await this.send(getVersion, command, c => this.iam.send(c))
    return parsePolicy(version.PolicyVersion?.Document, getVersion, true)
  }

  private async listKnownPrincipals(): Promise<string[]> {
    const rolesCall = { api: 'iam:ListRoles', resource: '*' }
    const usersCall = { api: 'iam:ListUsers', resource: '*' }
    const [roles, users] = await Promise.all([
      pages(rolesCall, async marker => {
        const command = new ListRolesCommand({ MaxItems: IAM_PAGE, ...(marker ? { Marker: marker } : {}) })
        const out = await this.send(rolesCall, command, c => this.iam.send(c))
        return {
          items: listOf<Role>(rolesCall, out.Roles, 'Roles').map(r => reqString(rolesCall, r.Arn, 'Roles[].Arn')),
          next: out.IsTruncated ? out.Marker : undefined
        }
      }),
      pages(usersCall, async marker => {
        const command = new ListUsersCommand({ MaxItems: IAM_PAGE, ...(marker ? { Marker: marker } : {}) })
        const out = await this.send(usersCall, command, c => this.iam.send(c))
        return {
          items: listOf<User>(usersCall, out.Users, 'Users').map(u => reqString(usersCall, u.Arn, 'Users[].Arn')),
          next: out.IsTruncated ? out.Marker : undefined
        }
      })
    ])
    return [...roles, ...users].filter(Boolean)
  }

  /** Sends through the gate (bounded, de-duplicated by API + input); errors stay raw. */
  private request<C extends { input: object }, T>(
    call: AwsCall,
    command: C,
    transport: (c: C) => Promise<T>
  ): Promise<T> {
    return this.gate.call(call.api, command.input, () => transport(command))
  }

  /** `request`, with any failure turned into the GateError that names the API and resource. */
  private send<C extends { input: object }, T>(call: AwsCall, command: C, transport: (c: C) => Promise<T>): Promise<T> {
    return this.request(call, command, transport).catch(rethrow(call))
  }
}

// --- helpers -----------------------------------------------------------------------------------

/** Every page of a KMS or IAM list, at most MAX_PAGES. */
function pages<T>(call: AwsCall, fetch: (marker?: string) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  return pagesOf(call, fetch, MAX_PAGES)
}

function messageOf(error: unknown): string {
  const message = error && typeof error === 'object' ? (error as { message?: unknown }).message : undefined
  return typeof message === 'string' ? message : ''
}

function rethrow(call: AwsCall): (error: unknown) => never {
  return error => {
    throw awsError(error, call)
  }
}

/** KMS refuses rotation reads for keys that cannot rotate, or not in their state: an answer, not a failure. */
function refused(call: AwsCall): (error: unknown) => { refused: string } {
  return error => {
    const name = awsErrorName(error)
    if (name === 'UnsupportedOperationException' || name === 'KMSInvalidStateException')
      return { refused: `${call.api}: ${name}` }
    throw awsError(error, call)
  }
}

function absentIfNoSuchEntity(call: AwsCall): (error: unknown) => null {
  return error => {
    if (isAwsError(error, 'NoSuchEntity', 'NoSuchEntityException')) return null
    throw awsError(error, call)
  }
}

/** IAM returns documents URL-encoded (RFC 3986); KMS returns plain JSON. */
function parsePolicy(value: unknown, call: AwsCall, urlEncoded: boolean): Record<string, unknown> {
  if (value === undefined) throw new GateError(`AWS ${call.api} on ${call.resource} returned no policy document`)
  const text = reqString(call, value, 'the policy document')
  let json = text
  if (urlEncoded) {
    try {
      json = decodeURIComponent(text)
    } catch {
      // Not URL-encoded after all (some endpoints return plain JSON): parse as is.
    }
  }
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch {
    throw new GateError(`AWS ${call.api} on ${call.resource} returned a policy document that is not JSON`)
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw malformed(call, 'the policy document is not a JSON object')
  return doc as Record<string, unknown>
}

/** Automatic rotation exists only for customer managed symmetric keys with KMS-made material (aws-semantics §D). */
function canRotate(meta: KeyMetadata): boolean {
  const spec = meta.KeySpec ?? meta.CustomerMasterKeySpec
  return (
    spec === 'SYMMETRIC_DEFAULT' &&
    meta.Origin === 'AWS_KMS' &&
    !meta.CustomKeyStoreId &&
    meta.KeyManager === 'CUSTOMER'
  )
}

/** Symmetric customer keys with imported material rotate on demand only (state/keys.ts). */
function onDemandOnly(meta: KeyMetadata): boolean {
  return rotatesOnDemandOnly({
    origin: meta.Origin,
    keySpec: meta.KeySpec ?? meta.CustomerMasterKeySpec,
    keyManager: meta.KeyManager
  })
}

const NO_ROTATION: { rotation?: KeyRotationState; unreadable?: string } = {}

const KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//
const IAM_ARN = /^arn:[^:]+:iam::(\d{12}):(role|user)\/(.+)$/

function sameRegion(a: string, b: string): boolean {
  return regionOf(a) === regionOf(b)
}

function isKeyArn(ref: string): boolean {
  return KEY_ARN.test(ref)
}

function isAliasRef(ref: string): boolean {
  return ref.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:\d{12}:alias\//.test(ref)
}

/** `arn:aws:kms:R:A:alias/x` + key id → `arn:aws:kms:R:A:key/ID`. */
function aliasTargetArn(aliasArn: string, keyId: string): string {
  return aliasArn.replace(/:alias\/.*$/, `:key/${keyId}`)
}

function iamName(arn: string): IamName | undefined {
  const m = IAM_ARN.exec(arn)
  if (!m) return undefined
  // The name is the last path segment: `role/service-role/x` is the role `x`.
  return { account: m[1], type: m[2] as 'role' | 'user', name: m[3].slice(m[3].lastIndexOf('/') + 1) }
}

/** Role and user ARNs a key policy names in `Principal` or `NotPrincipal` (`AWS` entries only). */
function namedPrincipals(policy: unknown): string[] {
  const statements = (policy as { Statement?: unknown } | null)?.Statement
  const list = Array.isArray(statements) ? statements : statements ? [statements] : []
  const found: string[] = []
  for (const statement of list) {
    for (const field of ['Principal', 'NotPrincipal']) {
      const aws = (statement as Record<string, { AWS?: unknown } | undefined> | null)?.[field]?.AWS
      for (const value of Array.isArray(aws) ? aws : [aws]) {
        if (typeof value === 'string' && iamName(value)) found.push(value)
      }
    }
  }
  return found
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

/** ISO 8601 without zero milliseconds, as snapshot files write dates. */
function iso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}
