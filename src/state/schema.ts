import { z } from 'zod'
import { INPUT_LIMITS } from '../constants.js'

const doc = z.unknown()
const date = z.string().refine(s => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date')

/**
 * The snapshot file (CONTRACT §4), and the shape of the live state every provider answers (`LiveState` is this
 * schema's output): a snapshot is read through it, and the AWS provider builds the same shape.
 */
export const snapshotSchema = z
  .object({
    version: z.literal(1, { message: 'snapshot version must be 1' }),
    capturedAt: date.optional(),
    account: z.string().regex(/^\d{12}$/, 'account must be a 12-digit account id'),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'not an AWS region'),
    keys: z.array(
      z
        .object({
          arn: z.string().regex(/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN'),
          aliases: z.array(z.string().regex(/^alias\/.+/, 'an alias starts with "alias/"')).default([]),
          keySpec: z.string().optional(),
          keyUsage: z.string().optional(),
          keyManager: z.enum(['CUSTOMER', 'AWS']).optional(),
          origin: z.string().optional(),
          keyState: z.string().optional(),
          multiRegion: z.boolean().optional(),
          /** `PRIMARY` or `REPLICA` for a multi-Region key (`MultiRegionConfiguration.MultiRegionKeyType`). */
          multiRegionKeyType: z.enum(['PRIMARY', 'REPLICA']).optional(),
          /** A replica's primary key (rotation of the set is governed by the primary). */
          primaryKeyArn: z
            .string()
            .regex(/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN')
            .optional(),
          creationDate: date.optional(),
          /** The key policy as JSON. */
          policy: z.record(z.string(), z.unknown()),
          rotation: z
            .object({
              enabled: z.boolean(),
              periodDays: z.number().int().positive().optional(),
              nextRotationDate: date.optional(),
              history: z.array(z.object({ date, type: z.string() }).strict()).default([])
            })
            .strict()
            .optional(),
          /** Why the rotation state could not be read (`kms:GetKeyRotationStatus: KMSInvalidStateException`). */
          rotationUnreadable: z.string().optional()
        })
        .strict()
    ),
    principals: z
      .array(
        z
          .object({
            arn: z.string().regex(/^arn:[a-z-]+:iam::\d{12}:(role|user)\/.+$/, 'not an IAM role or user ARN'),
            /** Unique id (AROA…/AIDA…) when known. */
            id: z.string().optional(),
            policies: z
              .array(
                z
                  .object({ name: z.string().optional(), managed: z.string().optional(), document: doc })
                  .strict()
                  .refine(
                    p => (p.name === undefined) !== (p.managed === undefined),
                    'a policy needs exactly one of "name" or "managed"'
                  )
              )
              .default([]),
            permissionsBoundary: z.object({ arn: z.string(), document: doc }).strict().nullable().default(null)
          })
          .strict()
      )
      .default([]),
    /**
     * The organization of the account (`o-…`), `null` when it is in none; undefined = unknown. Gives
     * `aws:PrincipalOrgID` / `aws:ResourceOrgID` for the account's principals and keys.
     */
    organizationId: z
      .string()
      .regex(/^o-[a-z0-9]{10,32}$/, 'not an organization id (o-…)')
      .nullable()
      .optional(),
    /** Every role and user ARN of the accounts read; undefined = unknown (existence checks skipped). */
    knownPrincipals: z.array(z.string()).optional(),
    /**
     * Other accounts read in full (config `accounts:`): their keys and principals are in `keys` and `principals`
     * like this account's, and their role and user ARNs in `knownPrincipals`. Their organization policies are not
     * part of the state.
     */
    otherAccounts: z.array(z.string().regex(/^\d{12}$/, 'an account id is 12 digits')).optional(),
    /** SCP levels from the organization root down to the account; each level must allow. */
    serviceControlPolicies: z.array(z.array(doc)).optional(),
    resourceControlPolicies: z.array(z.array(doc)).optional(),
    /** Why the organization's SCPs and RCPs could not be read (`organizations:ListParents: AccessDeniedException`). */
    organizationPoliciesUnread: z.string().optional(),
    /** Why the organization's id could not be read (`organizations:DescribeOrganization on * failed: …`). */
    organizationIdUnread: z.string().optional(),
    /**
     * The CloudFormation stacks the config names (`stack:`) as deployed: the template CloudFormation holds for each
     * (`GetTemplate`, stage `Original`), or `null` when no stack of that name exists. What an update deletes is
     * what the deployed template has and the new one does not.
     */
    stacks: z
      .array(
        z
          .object({
            name: z.string().min(1, 'a stack needs a name'),
            template: z.string().max(INPUT_LIMITS.template, 'the template is over the size limit').nullable()
          })
          .strict()
      )
      .optional()
  })
  .strict()
