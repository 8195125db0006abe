export { createEnterpriseFlowHandlers, maskEnterpriseName, maskUscc, type EnterpriseFlowClient, type EnterpriseFlowDeps } from './enterpriseFlowHandlers';
export { outboxAppealQueue, APPEAL_KIND, type AppealQueue, type AppealAttachment, type AppealOutboxPort } from './appealQueue';
