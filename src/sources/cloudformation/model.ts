import type { PNode } from '../../policy/node.js'
import type { ProposedIdentityPolicy } from '../types.js'

/** What the template reader is given: the file, its text and the config's mapping. */
export interface CloudFormationInput {
  /** Workspace-relative path with `/`. */
  file: string
  text: string
  stack?: string
  /** LogicalId → key ARN, key id, alias/NAME or alias ARN (config `keys`). */
  keys: Record<string, string>
  /** LogicalId → role or user ARN (config `principals`). */
  principals: Record<string, string>
  /** Pseudo parameter values; missing ones are taken from the mapped key and principal ARNs. */
  context?: { account?: string; region?: string; partition?: string }
  /**
   * The same file in the pull request's base commit, when the action could read it: a resource it deploys and
   * the template no longer has is deleted by CloudFormation, as one under a false `Condition` is.
   */
  base?: string
  /** Where `base` comes from, for messages: "the base commit" (default) or "the deployed stack NAME". */
  baseSource?: string
  /** The change deletes the file: `text` is an empty template and every resource of `base` is deleted. */
  deletedFile?: boolean
  /** `false` when no policy simulator takes part: identity documents keep no JSON copy (IacContext.simulator). */
  simulator?: boolean
}

/** A resource of the template, with its resolved properties. */
export interface TemplateResource {
  id: string
  type: string
  line: number
  endLine: number
  /**
   * Properties with intrinsics resolved (an empty object when there are none); properties kept lazy are `raw`
   * itself, resolved when the resource is opened (`open` in iam.ts).
   */
  props: PNode
  /** Properties as written, to follow `Ref`s to other resources. */
  raw: PNode
  /** Whether its documents can matter (see {@link relevantIds}); the others were not read with positions. */
  relevant: boolean
  /** `Metadata.aws:cdk:path` of CDK output, e.g. `App/Key/Resource`: readable where logical ids are not. */
  cdkPath?: string
  /** An `AWS::IAM::ManagedPolicy`'s policy, once read (readIamResources). */
  policy?: ProposedIdentityPolicy
}

/** How documents of a resource are named in reports: the logical id, with the CDK path when there is one. */
export function resourceLabel(r: TemplateResource, file: string): string {
  return `${r.id}${r.cdkPath ? ` (${r.cdkPath})` : ''} in ${file}`
}
