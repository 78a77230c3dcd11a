import { AttachmentEntity } from './attachments/attachment.entity';
import { PersonalDataAccessEntity } from './audit/personal-data-access.entity';
import { DossierHistoryEntity } from './dossiers/dossier-history.entity';
import { DossierSequenceEntity } from './dossiers/dossier-sequence.entity';
import { DossierEntity } from './dossiers/dossier.entity';
import { RECEPTION_MIGRATIONS } from './migrations';
import { DossierReportDayEntity } from './reports/dossier-report-day.entity';
import { QueueTicketSequenceEntity } from './queue-tickets/queue-ticket-sequence.entity';
import { QueueTicketEntity } from './queue-tickets/queue-ticket.entity';

/**
 * Tenant work runs as this role with the tenant in this setting; the policies of the
 * row-level-security migration admit only that tenant's rows (ARCHITECTURE decision 4).
 */
export const RECEPTION_ROW_LEVEL_SECURITY = {
  role: 'motcua_reception_app',
  setting: 'motcua.tenant',
};

/** Reception owns the `reception` schema and enforces tenancy in it with row-level security. */
export const RECEPTION_DATABASE = {
  schema: 'reception',
  rowLevelSecurity: RECEPTION_ROW_LEVEL_SECURITY,
  entities: [
    AttachmentEntity,
    DossierEntity,
    DossierHistoryEntity,
    DossierReportDayEntity,
    DossierSequenceEntity,
    PersonalDataAccessEntity,
    QueueTicketEntity,
    QueueTicketSequenceEntity,
  ],
  migrations: RECEPTION_MIGRATIONS,
};
