import type { AvStep } from '../../../../common/contracts/cases.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import type { CaseSettings } from '../catalogue/settings-defaults.js';
import type { MissingAv } from '../cases.schema.js';
import { procedureRepository } from '../procedure.repository.js';
import { missingAvRecords, type AvOccurrence } from '../rules/requirements.js';

/**
 * The 音像记录事项清单 check for a case: which listed steps happened (evidence of the step, 询问/检查笔录,
 * 先行登记保存, 留置送达) without an audio/video file attached to evidence of that step.
 */
export async function avStatus(
  db: Db | Tx,
  caseId: string,
  settings: Pick<CaseSettings, 'avRequiredSteps'>,
): Promise<MissingAv[]> {
  const [evidence, files, preservations, deliveries] = await Promise.all([
    procedureRepository.evidence(db, caseId),
    procedureRepository.files(db, caseId),
    procedureRepository.preservations(db, caseId),
    procedureRepository.deliveries(db, caseId),
  ]);
  const occurred: AvOccurrence[] = [];
  for (const e of evidence) if (e.step) occurred.push({ step: e.step, detail: `证据${e.seq}「${e.title}」` });
  for (const p of preservations)
    if (p.status === 'preserved' || p.status === 'decided')
      occurred.push({ step: 'evidence_preservation', detail: `${p.preservedOn ?? ''}先行登记保存` });
  for (const d of deliveries)
    if (d.method === 'left') occurred.push({ step: 'delivery_left', detail: `${d.effectiveOn}留置送达` });
  const stepOf = new Map(evidence.map((e) => [e.id, e.step]));
  const withAv = new Set<AvStep>();
  for (const f of files) {
    const step = stepOf.get(f.evidenceId);
    if (f.isAv && step) withAv.add(step);
  }
  return missingAvRecords(settings.avRequiredSteps, occurred, withAv);
}
