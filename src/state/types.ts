import type { z } from 'zod'
import type { snapshotSchema } from './schema.js'

/**
 * The live state of keys and principals, as read from AWS or from a snapshot file (CONTRACT §4).
 * Documents are kept as plain JSON here; they are compiled into `PolicyDocument`s by the worlds stage.
 */

/** The live state: exactly what a snapshot file holds (its schema is the one definition of the shape). */
export type LiveState = z.output<typeof snapshotSchema>
export type KeyState = LiveState['keys'][number]
export type KeyRotationState = NonNullable<KeyState['rotation']>
export type RotationEvent = KeyRotationState['history'][number]
export type PrincipalState = LiveState['principals'][number]
export type LivePolicy = PrincipalState['policies'][number]

/**
 * What a state provider answers. The snapshot provider reads a file; the AWS provider reads KMS and IAM.
 * The gate asks for the keys and principals it needs; providers may return more.
 */
export interface StateRequest {
  /** Key references as configured (ARN, id, alias name or alias ARN). */
  keys: string[]
  /** Principal ARNs named in the config (rotation principals, owners, proposed principals). */
  principals: string[]
  /** CloudFormation stack names (config `stack:`) whose deployed templates are wanted (LiveState.stacks). */
  stacks?: string[]
}

export interface StateProvider {
  readonly mode: 'offline' | 'live'
  load(request: StateRequest): Promise<LiveState>
  /** The snapshot file the state came from, for positions; undefined in live mode. */
  readonly file?: string
}
