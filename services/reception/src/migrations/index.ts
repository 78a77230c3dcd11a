import { Initial1795305986435 } from './1795305986435-initial';
import { DossierLifecycle1795310490286 } from './1795310490286-dossier-lifecycle';
import { DueNotices1795311207358 } from './1795311207358-due-notices';
import { Attachments1795312699563 } from './1795312699563-attachments';
import { ComponentsAndReturn1795315061316 } from './1795315061316-components-and-return';
import { Payments1795315727646 } from './1795315727646-payments';
import { OnlineAcceptance1795316624942 } from './1795316624942-online-acceptance';
import { CrossProvinceHandover1795318415769 } from './1795318415769-cross-province-handover';
import { JurisdictionBasis1795321926285 } from './1795321926285-jurisdiction-basis';
import { AccessControl1795325620078 } from './1795325620078-access-control';
import { RowLevelSecurity1795325637209 } from './1795325637209-row-level-security';
import { QueueTickets1795334845063 } from './1795334845063-queue-tickets';
import { ReportAggregate1795334874978 } from './1795334874978-report-aggregate';
import { ReportApplyCachedPlan1795340061512 } from './1795340061512-report-apply-cached-plan';

export const RECEPTION_MIGRATIONS: Function[] = [
  Initial1795305986435,
  DossierLifecycle1795310490286,
  DueNotices1795311207358,
  Attachments1795312699563,
  ComponentsAndReturn1795315061316,
  Payments1795315727646,
  OnlineAcceptance1795316624942,
  CrossProvinceHandover1795318415769,
  JurisdictionBasis1795321926285,
  AccessControl1795325620078,
  RowLevelSecurity1795325637209,
  QueueTickets1795334845063,
  ReportAggregate1795334874978,
  ReportApplyCachedPlan1795340061512,
];
