/**
 * The templates of the removal tests (action and CLI), for fixture `iac-cfn-condition-false` (the key policy
 * delegates to the account): a stack without IAM resources, and the role policy that grants the rotation role its
 * permissions. A base with `STACK + GRANT` and a head with `STACK` removes the grant.
 */
export const STACK = 'AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n'
export const GRANT =
  '  RotationPolicy:\n    Type: AWS::IAM::RolePolicy\n    Properties:\n      RoleName: kms-rotation-service\n' +
  '      PolicyName: rotation\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n' +
  '          - Effect: Allow\n            Action: [kms:RotateKeyOnDemand, kms:EnableKeyRotation, kms:GetKeyRotationStatus, kms:ListKeyRotations]\n' +
  '            Resource: "*"\n'
