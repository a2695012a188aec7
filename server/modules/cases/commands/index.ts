/** The case commands the routes call, in one place. */
import { decideApproval } from './approvals.js';
import {
  addParty,
  addViolation,
  assignOfficer,
  declareRecusal,
  removeOfficer,
  removeViolation,
  updateParty,
} from './case-file.js';
import { decideOnTheSpot, fileBack, allocateFormBook, setFormNumberStatus } from './simple.js';
import {
  giveLegalOpinion,
  recordCollective,
  requestDecision,
  requestExtension,
  submitLegalReview,
} from './decision.js';
import { recordDecisionDelivery } from './delivery.js';
import {
  addEvidence,
  decidePreservedEvidence,
  recordCustody,
  recordInquiry,
  recordInspection,
  requestPreservation,
  uploadEvidenceFile,
} from './evidence.js';
import { dismissSource, proposeFiling, registerSource } from './filing.js';
import {
  changeProposal,
  closeDefence,
  issueNotice,
  recordNoticeDelivery,
  recordStatement,
  reviewStatement,
  submitReport,
} from './report.js';

export const caseCommands = {
  registerSource,
  dismissSource,
  proposeFiling,
  decideApproval,
  addParty,
  updateParty,
  addViolation,
  removeViolation,
  assignOfficer,
  removeOfficer,
  declareRecusal,
  addEvidence,
  uploadEvidenceFile,
  recordCustody,
  recordInquiry,
  recordInspection,
  requestPreservation,
  decidePreservedEvidence,
  submitReport,
  changeProposal,
  issueNotice,
  recordNoticeDelivery,
  recordStatement,
  reviewStatement,
  closeDefence,
  submitLegalReview,
  giveLegalOpinion,
  recordCollective,
  requestDecision,
  requestExtension,
  recordDecisionDelivery,
  decideOnTheSpot,
  fileBack,
  allocateFormBook,
  setFormNumberStatus,
};
