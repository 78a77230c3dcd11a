import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type ApplicantChannel,
  type NotificationLanguage,
} from '@motcua/contracts';
import type { TemplateId } from './message-templates';
import { NotificationTemplateEntity } from './notification-template.entity';

/** Which template: a tenant's (event type, channel, language). */
export interface TemplateKey {
  tenantId: string;
  eventType: TemplateId;
  channel: ApplicantChannel;
  language: NotificationLanguage;
}

export type TemplateFilter = Pick<TemplateKey, 'tenantId'> & Partial<Omit<TemplateKey, 'tenantId'>>;

const UNIQUE_VIOLATION = '23505';

/** Saved template versions; append-only. */
@Injectable()
export class NotificationTemplatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest saved version of a template (null: the built-in default is in force). */
  newest(
    key: TemplateKey,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NotificationTemplateEntity | null> {
    return manager.findOne(NotificationTemplateEntity, {
      where: { ...key },
      order: { version: 'DESC' },
    });
  }

  /** The newest saved version of every template matching the filter. */
  newestOfEach(filter: TemplateFilter): Promise<NotificationTemplateEntity[]> {
    return this.dataSource
      .getRepository(NotificationTemplateEntity)
      .createQueryBuilder('t')
      .distinctOn(['t.event_type', 't.channel', 't.language'])
      .where({ ...filter })
      .orderBy('t.event_type')
      .addOrderBy('t.channel')
      .addOrderBy('t.language')
      .addOrderBy('t.version', 'DESC')
      .getMany();
  }

  /** Every saved version of a template, newest first. */
  versions(key: TemplateKey): Promise<NotificationTemplateEntity[]> {
    return this.dataSource.manager.find(NotificationTemplateEntity, {
      where: { ...key },
      order: { version: 'DESC' },
    });
  }

  /**
   * Appends the next version. Two administrators saving at once race for the same number: the
   * primary key lets one win and the other gets CONFLICT (save again).
   */
  async append(
    key: TemplateKey,
    texts: { subject: string | null; body: string },
    createdBy: string,
    createdAt: Date,
  ): Promise<NotificationTemplateEntity> {
    return this.dataSource.transaction(async (manager) => {
      const newest = await this.newest(key, manager);
      const row = Object.assign(new NotificationTemplateEntity(), {
        ...key,
        ...texts,
        version: (newest?.version ?? 0) + 1,
        createdBy,
        createdAt,
      });
      try {
        await manager.insert(NotificationTemplateEntity, row);
      } catch (err) {
        if (
          err instanceof QueryFailedError &&
          (err.driverError as { code?: string }).code === UNIQUE_VIOLATION
        )
          throw new DomainError(
            ErrorCode.Conflict,
            `template ${key.eventType}/${key.channel}/${key.language} was saved by someone else meanwhile; save again`,
          );
        throw err;
      }
      return row;
    });
  }
}
