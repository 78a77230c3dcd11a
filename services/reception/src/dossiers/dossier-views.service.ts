import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Dossier, DossierTracking } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { toAttachmentView } from '../attachments/attachment-view';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { toDossierView, toTrackingView } from './dossier-view';
import type { DossierEntity } from './dossier.entity';
import { DossiersRepository } from './dossiers.repository';

/** Loads what a view of a stored dossier shows besides the row: history and scans. */
@Injectable()
export class DossierViews {
  constructor(
    private readonly repository: DossiersRepository,
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly clock: Clock,
  ) {}

  async full(dossier: DossierEntity): Promise<Dossier> {
    const [history, attachments] = await Promise.all([
      this.repository.historyOf(dossier.id),
      this.attachments.find({
        where: { dossierId: dossier.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    ]);
    return toDossierView(dossier, history, attachments.map(toAttachmentView), this.clock.now());
  }

  /** Full views of several dossiers with two queries, in the order given. */
  async fullMany(dossiers: DossierEntity[]): Promise<Dossier[]> {
    const ids = dossiers.map((d) => d.id);
    const [history, attachments] = await Promise.all([
      this.repository.historiesOf(ids),
      ids.length === 0
        ? Promise.resolve([])
        : this.attachments.find({
            where: { dossierId: In(ids) },
            order: { createdAt: 'ASC', id: 'ASC' },
          }),
    ]);
    const now = this.clock.now();
    return dossiers.map((d) =>
      toDossierView(
        d,
        history.filter((h) => h.dossierId === d.id),
        attachments.filter((a) => a.dossierId === d.id).map(toAttachmentView),
        now,
      ),
    );
  }

  async tracking(dossier: DossierEntity): Promise<DossierTracking> {
    return toTrackingView(dossier, await this.repository.historyOf(dossier.id));
  }
}
