import type { Role } from '../../../../common/roles.js';

const OUTSIDE_LINES: readonly Role[] = ['principal', 'discipline', 'auditadmin'];

export interface Person {
  id: string;
  unitId: string | null;
  roles: readonly Role[];
}

export interface Unit {
  id: string;
  supervisingLeaderId: string | null;
}

/**
 * Who may never see a register (第六条; legal-spec §12.5): the intervener and everyone in his or her line below
 * the 主要领导 — the section heads of the intervener's unit and the 分管局领导 over it; and, when the intervener
 * leads, the people he or she leads (a section head's unit; a leader's units). The 主要领导 is above every line
 * and is sealed out only as the intervener (the register then goes to 纪检). The 派驻纪检监察组 and the audit
 * administrator stand outside the bureau's lines (the team is seconded by the higher discipline commission; the
 * audit administrator holds no business role), so they too are sealed out only as the intervener. The recorder
 * always sees his own.
 */
export function sealedFrom(
  intervener: Person,
  people: readonly Person[],
  units: readonly Unit[],
  recorderId: string,
): string[] {
  const out = new Set<string>([intervener.id]);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const own = intervener.unitId ? unitOf.get(intervener.unitId) : undefined;
  const led = new Set<string>();
  if (intervener.roles.includes('section_head') && intervener.unitId) led.add(intervener.unitId);
  if (intervener.roles.includes('leader'))
    for (const u of units) if (u.supervisingLeaderId === intervener.id) led.add(u.id);
  for (const p of people) {
    if (p.id === recorderId || p.roles.some((r) => OUTSIDE_LINES.includes(r))) continue;
    const above =
      (own && p.unitId === own.id && p.roles.includes('section_head')) || own?.supervisingLeaderId === p.id;
    const below = p.unitId !== null && led.has(p.unitId);
    if (above || below) out.add(p.id);
  }
  return [...out].sort();
}
