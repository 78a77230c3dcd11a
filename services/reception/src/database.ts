import { AttachmentEntity } from './attachments/attachment.entity';
import { DossierHistoryEntity } from './dossiers/dossier-history.entity';
import { DossierSequenceEntity } from './dossiers/dossier-sequence.entity';
import { DossierEntity } from './dossiers/dossier.entity';
import { RECEPTION_MIGRATIONS } from './migrations';

/** Reception owns the `reception` schema. */
export const RECEPTION_DATABASE = {
  schema: 'reception',
  entities: [AttachmentEntity, DossierEntity, DossierHistoryEntity, DossierSequenceEntity],
  migrations: RECEPTION_MIGRATIONS,
};
