import { buffer } from 'node:stream/consumers';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgreementBody,
  AgreementFilingBody,
  AgreementTerminateBody,
  AgreementView,
  ArchiveBody,
  ArchiveOverview,
  ArchivePage,
  ArchiveQuery,
  CaseFineView,
  CashBankedBody,
  CashReceivedBody,
  CashRow,
  ChallengeBody,
  ChallengeEndBody,
  ClosingBody,
  ClosingDecisionBody,
  ClosingView,
  CourtApplicationBody,
  DemandBody,
  DemandDeliveryBody,
  FinanceDesk,
  FineListQuery,
  FinePage,
  FineStats,
  FineStatsQuery,
  FineView,
  LineResolveBody,
  LoanBody,
  LoanDecisionBody,
  OnSpotBody,
  OutcomeBody,
  PaymentBody,
  ReceiptBookBody,
  ReceiptBookView,
  ReceiptNumberView,
  ReceiptStatusBody,
  RulingBody,
  ScheduleBody,
  ScheduleDecisionBody,
  StatementImportResult,
  StatementLineView,
  StatementPage,
  StatementUploadQuery,
  TerminateFineBody,
} from '../../../common/contracts/execution.js';
import { OfficerCandidateList } from '../../../common/contracts/cases.js';
import { IdParams, Ok, PageQuery, Uuid } from '../../../common/contracts/shared.js';
import { access } from '../../platform/auth/access.js';
import { requestAuditContext, requireActor } from '../../platform/auth/guard.js';
import {
  contentDisposition,
  rawUploadParser,
  uploadedFileName,
  uploadSource,
} from '../../platform/files/index.js';
import { caseActor, todayOf, type CaseDeps } from '../cases/index.js';
import * as agreements from './commands/agreements.js';
import * as closing from './commands/closing.js';
import * as enforcement from './commands/enforcement.js';
import * as payments from './commands/payments.js';
import * as receipts from './commands/receipts.js';
import { executionRepository as repo } from './execution.repository.js';
import { importResult, receiptBooks, receiptNumbers, statementsPage } from './queries/books.js';
import { archiveOverview, archivesPage, closingView, exportArchive, manifestCsv } from './queries/closing.js';
import {
  caseFine,
  cashRows,
  financeDesk,
  fineStats,
  getFine,
  listFines,
  agreementList,
  presentLines,
} from './queries/fines.js';

const tags = ['罚没款执行与结案归档'];
const Created = z.object({ id: z.uuid() });
const ok = { 200: Ok };
const ScheduleParams = z.object({ id: Uuid, scheduleId: Uuid });
const ChallengeParams = z.object({ id: Uuid, challengeId: Uuid });
const DemandParams = z.object({ id: Uuid, demandId: Uuid });
const ApplicationParams = z.object({ id: Uuid, applicationId: Uuid });
const CaseParams = z.object({ caseId: Uuid });
const LineParams = z.object({ lineId: Uuid });
const LoanParams = z.object({ loanId: Uuid });
const PaymentParams = z.object({ paymentId: Uuid });
const SerialParams = z.object({ serial: z.string().min(1).max(50) });
const NumbersQuery = z.object({ bookId: Uuid.optional(), mine: z.enum(['true', 'false']).optional() });

export const executionRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  const actorOf = (request: Parameters<typeof requireActor>[0]) => caseActor(requireActor(request));
  const view = { access: access.permission('fine.view') };
  const collectA = { access: access.permission('fine.collect') };
  const enforce = { access: access.permission('fine.enforce') };
  const approve = { access: access.permission('fine.approve') };
  const db = deps.database.db;
  const ctxOf = requestAuditContext;

  // ------------------------------------------------------------------ fines
  app.get(
    '/api/fines',
    {
      config: view,
      schema: { tags, summary: '罚没款台账', querystring: FineListQuery, response: { 200: FinePage } },
    },
    async (request) => listFines(db, deps, actorOf(request), request.query),
  );
  app.get(
    '/api/fines/desk',
    { config: collectA, schema: { tags, summary: '财务对账工作台', response: { 200: FinanceDesk } } },
    async () => financeDesk(db, deps),
  );
  app.get(
    '/api/fines/stats',
    {
      config: view,
      schema: { tags, summary: '罚没款统计', querystring: FineStatsQuery, response: { 200: FineStats } },
    },
    async (request) => fineStats(db, deps, request.query.year),
  );
  app.get(
    '/api/fines/:id',
    { config: view, schema: { tags, summary: '罚款详情', params: IdParams, response: { 200: FineView } } },
    async (request) => getFine(db, deps, actorOf(request), request.params.id),
  );
  app.get(
    '/api/cases/:caseId/fine',
    {
      config: { access: access.permission('case.view') },
      schema: { tags, summary: '案件的罚款执行', params: CaseParams, response: { 200: CaseFineView } },
    },
    async (request) => ({ fine: await caseFine(db, deps, actorOf(request), request.params.caseId) }),
  );
  app.post(
    '/api/fines/:id/payments',
    {
      config: collectA,
      schema: { tags, summary: '财务登记缴款', params: IdParams, body: PaymentBody, response: ok },
    },
    async (request) => {
      await payments.recordPayment(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/on-the-spot',
    {
      config: enforce,
      schema: { tags, summary: '当场收缴罚款', params: IdParams, body: OnSpotBody, response: ok },
    },
    async (request) => {
      await payments.collectOnSpot(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/schedules',
    {
      config: enforce,
      schema: { tags, summary: '登记暂缓或分期缴纳申请', params: IdParams, body: ScheduleBody, response: ok },
    },
    async (request) => {
      await enforcement.applySchedule(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/schedules/:scheduleId/decision',
    {
      config: approve,
      schema: {
        tags,
        summary: '审批暂缓或分期缴纳',
        params: ScheduleParams,
        body: ScheduleDecisionBody,
        response: ok,
      },
    },
    async (request) => {
      const p = request.params;
      await enforcement.decideSchedule(
        deps,
        actorOf(request),
        p.id,
        p.scheduleId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/challenges',
    {
      config: enforce,
      schema: {
        tags,
        summary: '登记行政复议或行政诉讼',
        params: IdParams,
        body: ChallengeBody,
        response: ok,
      },
    },
    async (request) => {
      await enforcement.recordChallenge(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/challenges/:challengeId/end',
    {
      config: enforce,
      schema: {
        tags,
        summary: '登记复议或诉讼终结',
        params: ChallengeParams,
        body: ChallengeEndBody,
        response: ok,
      },
    },
    async (request) => {
      const p = request.params;
      await enforcement.endChallenge(
        deps,
        actorOf(request),
        p.id,
        p.challengeId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/demands',
    {
      config: enforce,
      schema: { tags, summary: '制发催告书', params: IdParams, body: DemandBody, response: ok },
    },
    async (request) => {
      await enforcement.issueDemand(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/demands/:demandId/delivery',
    {
      config: enforce,
      schema: {
        tags,
        summary: '登记催告书送达',
        params: DemandParams,
        body: DemandDeliveryBody,
        response: ok,
      },
    },
    async (request) => {
      const p = request.params;
      await enforcement.recordDemandDelivery(
        deps,
        actorOf(request),
        p.id,
        p.demandId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/court-applications',
    {
      config: enforce,
      schema: {
        tags,
        summary: '申请人民法院强制执行',
        params: IdParams,
        body: CourtApplicationBody,
        response: ok,
      },
    },
    async (request) => {
      await enforcement.applyCourt(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/court-applications/:applicationId/ruling',
    {
      config: enforce,
      schema: { tags, summary: '登记法院裁定', params: ApplicationParams, body: RulingBody, response: ok },
    },
    async (request) => {
      const p = request.params;
      await enforcement.recordRuling(
        deps,
        actorOf(request),
        p.id,
        p.applicationId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/court-applications/:applicationId/outcome',
    {
      config: enforce,
      schema: {
        tags,
        summary: '登记强制执行结果',
        params: ApplicationParams,
        body: OutcomeBody,
        response: ok,
      },
    },
    async (request) => {
      const p = request.params;
      await enforcement.recordOutcome(
        deps,
        actorOf(request),
        p.id,
        p.applicationId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/fines/:id/terminate',
    {
      config: approve,
      schema: { tags, summary: '终结执行', params: IdParams, body: TerminateFineBody, response: ok },
    },
    async (request) => {
      await enforcement.terminateFine(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------------ statements
  await app.register(async (plugin) => {
    const uploads = plugin.withTypeProvider<ZodTypeProvider>();
    uploads.addContentTypeParser('application/octet-stream', rawUploadParser);
    uploads.post(
      '/api/fine-statements',
      {
        bodyLimit: 10 * 1024 ** 2,
        config: collectA,
        schema: {
          tags,
          summary: '导入代收银行或电子支付对账单（CSV 或 Excel，原始文件流）',
          querystring: StatementUploadQuery,
          response: { 200: StatementImportResult },
        },
      },
      async (request) => {
        const { source } = uploadSource(request);
        const data = await buffer(source);
        const fileName = request.query.fileName ?? uploadedFileName(request) ?? '对账单.csv';
        const actor = actorOf(request);
        const r = await payments.importStatement(
          deps,
          actor,
          {
            data,
            fileName,
            source: request.query.source,
            ...(request.query.agreementId ? { agreementId: request.query.agreementId } : {}),
          },
          ctxOf(request),
        );
        return importResult(db, r.statementId, r.errors);
      },
    );
  });
  app.get(
    '/api/fine-statements',
    {
      config: collectA,
      schema: {
        tags,
        summary: '已导入的对账单',
        querystring: PageQuery,
        response: { 200: StatementPage },
      },
    },
    async (request) => statementsPage(db, request.query.page, request.query.pageSize),
  );
  app.get(
    '/api/fine-statements/:id/lines',
    {
      config: collectA,
      schema: {
        tags,
        summary: '对账单明细',
        params: IdParams,
        response: { 200: z.object({ items: z.array(StatementLineView) }) },
      },
    },
    async (request) => ({ items: await presentLines(db, await repo.lines(db, request.params.id)) }),
  );
  app.post(
    '/api/fine-statement-lines/:lineId/resolve',
    {
      config: collectA,
      schema: { tags, summary: '核对待处理款项', params: LineParams, body: LineResolveBody, response: ok },
    },
    async (request) => {
      await payments.resolveLine(deps, actorOf(request), request.params.lineId, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------------ agreements
  app.get(
    '/api/collection-agreements',
    {
      config: view,
      schema: {
        tags,
        summary: '代收罚款协议',
        response: { 200: z.object({ items: z.array(AgreementView) }) },
      },
    },
    async () => agreementList(db, deps),
  );
  app.post(
    '/api/collection-agreements',
    {
      config: collectA,
      schema: { tags, summary: '登记代收罚款协议', body: AgreementBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await agreements.createAgreement(deps, actorOf(request), request.body, ctxOf(request)) }),
  );
  app.put(
    '/api/collection-agreements/:id',
    {
      config: collectA,
      schema: { tags, summary: '修改代收罚款协议', params: IdParams, body: AgreementBody, response: ok },
    },
    async (request) => {
      await agreements.updateAgreement(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/collection-agreements/:id/filing',
    {
      config: collectA,
      schema: { tags, summary: '登记协议备案', params: IdParams, body: AgreementFilingBody, response: ok },
    },
    async (request) => {
      await agreements.fileAgreement(deps, actorOf(request), request.params.id, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/collection-agreements/:id/terminate',
    {
      config: collectA,
      schema: { tags, summary: '终止协议', params: IdParams, body: AgreementTerminateBody, response: ok },
    },
    async (request) => {
      await agreements.terminateAgreement(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------------ receipts and cash
  app.get(
    '/api/receipt-books',
    {
      config: collectA,
      schema: {
        tags,
        summary: '罚没款票据发放登记',
        response: { 200: z.object({ items: z.array(ReceiptBookView) }) },
      },
    },
    async () => receiptBooks(db),
  );
  app.get(
    '/api/receipt-holders',
    {
      config: collectA,
      schema: { tags, summary: '可领用票据的执法人员', response: { 200: OfficerCandidateList } },
    },
    async () => ({
      items: (await repo.receiptHolders(db)).map((u) => ({
        userId: u.id,
        name: u.display_name,
        unitName: u.unit_name,
        certificateNumber: null,
        eligible: true,
        refusals: [],
      })),
    }),
  );
  app.post(
    '/api/receipt-books',
    {
      config: collectA,
      schema: { tags, summary: '发放罚没款票据', body: ReceiptBookBody, response: { 201: Created } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await receipts.issueReceiptBook(deps, actorOf(request), request.body, ctxOf(request)) }),
  );
  app.get(
    '/api/receipt-numbers',
    {
      config: view,
      schema: {
        tags,
        summary: '票据号码（本人领用的或某本）',
        querystring: NumbersQuery,
        response: { 200: z.object({ items: z.array(ReceiptNumberView) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const mine = request.query.mine === 'true' || !actor.roles.includes('finance');
      return receiptNumbers(db, {
        ...(request.query.bookId ? { bookId: request.query.bookId } : {}),
        ...(mine ? { holderId: actor.userId } : {}),
      });
    },
  );
  app.post(
    '/api/receipt-numbers/:serial/status',
    {
      config: view,
      schema: {
        tags,
        summary: '登记票据作废或遗失',
        params: SerialParams,
        body: ReceiptStatusBody,
        response: ok,
      },
    },
    async (request) => {
      await receipts.changeReceipt(
        deps,
        actorOf(request),
        request.params.serial,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.get(
    '/api/cash-handovers',
    {
      config: collectA,
      schema: {
        tags,
        summary: '当场收缴现金交款与缴存',
        response: { 200: z.object({ items: z.array(CashRow) }) },
      },
    },
    async () => ({ items: await cashRows(db, todayOf(deps)) }),
  );
  app.post(
    '/api/cash-handovers/:paymentId/received',
    {
      config: collectA,
      schema: {
        tags,
        summary: '财务确认收到现金',
        params: PaymentParams,
        body: CashReceivedBody,
        response: ok,
      },
    },
    async (request) => {
      await receipts.cashReceived(
        deps,
        actorOf(request),
        request.params.paymentId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cash-handovers/:paymentId/banked',
    {
      config: collectA,
      schema: { tags, summary: '登记缴存银行', params: PaymentParams, body: CashBankedBody, response: ok },
    },
    async (request) => {
      await receipts.cashBanked(
        deps,
        actorOf(request),
        request.params.paymentId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );

  // ------------------------------------------------------------------ closing, archive, loans
  const caseView = { access: access.permission('case.view') };
  app.get(
    '/api/cases/:caseId/closing',
    {
      config: caseView,
      schema: { tags, summary: '结案与归档', params: CaseParams, response: { 200: ClosingView } },
    },
    async (request) => closingView(db, deps, actorOf(request), request.params.caseId),
  );
  app.post(
    '/api/cases/:caseId/closing',
    {
      config: { access: access.permission('case.handle') },
      schema: { tags, summary: '申请结案', params: CaseParams, body: ClosingBody, response: ok },
    },
    async (request) => {
      await closing.requestClosing(
        deps,
        actorOf(request),
        request.params.caseId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cases/:caseId/closing/decision',
    {
      config: approve,
      schema: { tags, summary: '结案审批', params: CaseParams, body: ClosingDecisionBody, response: ok },
    },
    async (request) => {
      await closing.decideClosing(
        deps,
        actorOf(request),
        request.params.caseId,
        request.body,
        ctxOf(request),
      );
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cases/:caseId/archive',
    {
      config: { access: access.permission('archive.manage') },
      schema: { tags, summary: '案卷归档（封存）', params: CaseParams, body: ArchiveBody, response: ok },
    },
    async (request) => {
      await closing.archiveCase(deps, actorOf(request), request.params.caseId, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/cases/:caseId/archive.pdf',
    {
      config: caseView,
      schema: { tags, summary: '归档案卷（卷宗封面、卷内目录、文书）PDF', params: CaseParams },
    },
    async (request, reply) => {
      const r = await exportArchive(db, deps, actorOf(request), request.params.caseId, ctxOf(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition('attachment', r.fileName))
        .send(r.pdf);
    },
  );
  app.get(
    '/api/cases/:caseId/archive-manifest.csv',
    { config: caseView, schema: { tags, summary: '归档案卷 SM3 清单', params: CaseParams } },
    async (request, reply) => {
      const r = await manifestCsv(db, deps, actorOf(request), request.params.caseId, ctxOf(request));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', r.fileName))
        .send(r.csv);
    },
  );
  app.post(
    '/api/cases/:caseId/loans',
    {
      config: caseView,
      schema: { tags, summary: '申请借阅归档案卷', params: CaseParams, body: LoanBody, response: ok },
    },
    async (request) => {
      await closing.requestLoan(deps, actorOf(request), request.params.caseId, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/archives',
    {
      config: caseView,
      schema: { tags, summary: '已归档案卷', querystring: ArchiveQuery, response: { 200: ArchivePage } },
    },
    async (request) => archivesPage(db, request.query),
  );
  app.get(
    '/api/archives/overview',
    {
      config: caseView,
      schema: { tags, summary: '待结案、待归档与借阅', response: { 200: ArchiveOverview } },
    },
    async (request) => archiveOverview(db, deps, actorOf(request)),
  );
  app.post(
    '/api/case-loans/:loanId/decision',
    {
      config: approve,
      schema: { tags, summary: '审批借阅', params: LoanParams, body: LoanDecisionBody, response: ok },
    },
    async (request) => {
      await closing.decideLoan(deps, actorOf(request), request.params.loanId, request.body, ctxOf(request));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/case-loans/:loanId/return',
    { config: caseView, schema: { tags, summary: '归还借阅案卷', params: LoanParams, response: ok } },
    async (request) => {
      await closing.returnLoan(deps, actorOf(request), request.params.loanId, ctxOf(request));
      return { ok: true as const };
    },
  );
};
