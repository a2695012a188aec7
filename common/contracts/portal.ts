/**
 * Contracts of the public portal (no login): the list of enforcement officers and the verification of a
 * certificate number. No ID numbers, no photos, nothing beyond what 行政执法公示 publishes.
 */
import { z } from 'zod';
import { CERTIFICATE_KINDS, CERTIFICATE_STATUSES, ENFORCEMENT_CATEGORIES } from './personnel.js';

export const PublicOfficerQuery = z.object({
  q: z.string().trim().max(32).optional(),
  unitId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const PublicOfficer = z.object({
  name: z.string(),
  unitName: z.string(),
  certificateNumber: z.string(),
  kind: z.enum(CERTIFICATE_KINDS),
  categories: z.array(z.enum(ENFORCEMENT_CATEGORIES)),
  region: z.string(),
  validUntil: z.string(),
});
export type PublicOfficer = z.infer<typeof PublicOfficer>;

export const PublicOfficerPage = z.object({
  entityName: z.string(),
  asOf: z.string(),
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  items: z.array(PublicOfficer),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicOfficerPage = z.infer<typeof PublicOfficerPage>;

export const VERIFY_STATUSES = [...CERTIFICATE_STATUSES, 'unknown'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

export const CertificateNumberParams = z.object({
  number: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,32}$/, '证件编号格式不正确'),
});

export const VerificationResult = z.object({
  number: z.string(),
  status: z.enum(VERIFY_STATUSES),
  /** One sentence for the public, e.g. 该证件有效，持证人可以在证载执法类别和区域内从事行政执法活动。 */
  message: z.string(),
  asOf: z.string(),
  certificate: z
    .object({
      holderName: z.string(),
      unitName: z.string(),
      kind: z.enum(CERTIFICATE_KINDS),
      categories: z.array(z.enum(ENFORCEMENT_CATEGORIES)),
      region: z.string(),
      issuingAuthority: z.string(),
      issuedOn: z.string(),
      validUntil: z.string(),
    })
    .nullable(),
  basis: z.string(),
});
export type VerificationResult = z.infer<typeof VerificationResult>;
