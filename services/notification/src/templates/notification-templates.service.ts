import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type NotificationTemplate,
  type RpcParsedRequest,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { builtInTexts, type TemplateTexts } from './message-composer';
import { LOCALES, TEMPLATE_IDS, TEMPLATE_VARIABLES } from './message-templates';
import type { NotificationTemplateEntity } from './notification-template.entity';
import {
  NotificationTemplatesRepository,
  type TemplateKey,
} from './notification-templates.repository';
import { requireTenantAdmin } from './template-access';
import { checkTemplateText, type TemplateIssue } from './template-syntax';

const APPLICANT_CHANNELS = ['SMS', 'EMAIL'] as const;

/** A template as planning uses it: its texts and the version they are. */
export interface ResolvedTemplate extends TemplateTexts {
  version: number;
}

/** Tenant templates: versioned edits by administrators, and the version in force for a message. */
@Injectable()
export class NotificationTemplatesService {
  constructor(
    private readonly templates: NotificationTemplatesRepository,
    private readonly clock: Clock,
  ) {}

  async list(
    tenant: string,
    request: RpcParsedRequest<'notification.template.list.v1'>,
    actor: Actor | undefined,
  ): Promise<NotificationTemplate[]> {
    requireTenantAdmin(tenant, actor, 'read notification templates');
    const saved = await this.templates.newestOfEach({
      tenantId: tenant,
      ...(request.eventType && { eventType: request.eventType }),
      ...(request.channel && { channel: request.channel }),
      ...(request.language && { language: request.language }),
    });
    const result: NotificationTemplate[] = [];
    for (const eventType of TEMPLATE_IDS) {
      if (request.eventType && request.eventType !== eventType) continue;
      for (const channel of APPLICANT_CHANNELS) {
        if (request.channel && request.channel !== channel) continue;
        for (const language of LOCALES) {
          if (request.language && request.language !== language) continue;
          const key = { tenantId: tenant, eventType, channel, language };
          const row = saved.find(
            (t) => t.eventType === eventType && t.channel === channel && t.language === language,
          );
          result.push(row ? toTemplate(row) : builtIn(key));
        }
      }
    }
    return result;
  }

  async versions(
    tenant: string,
    request: RpcParsedRequest<'notification.template.versions.v1'>,
    actor: Actor | undefined,
  ): Promise<NotificationTemplate[]> {
    requireTenantAdmin(tenant, actor, 'read notification templates');
    const key = { tenantId: tenant, ...request };
    const rows = await this.templates.versions(key);
    return [...rows.map(toTemplate), builtIn(key)];
  }

  /** Checks the texts against the event's variables, then appends the next version. */
  async save(
    tenant: string,
    request: RpcParsedRequest<'notification.template.save.v1'>,
    actor: Actor | undefined,
  ): Promise<NotificationTemplate> {
    const admin = requireTenantAdmin(tenant, actor, 'change notification templates');
    const { eventType, channel, language, body } = request;
    const subject = request.subject ?? null;
    const allowed = TEMPLATE_VARIABLES[eventType];
    const issues: TemplateIssue[] = [];
    if (channel === 'EMAIL' && subject === null)
      issues.push({ path: 'subject', message: 'an e-mail template needs a subject' });
    if (channel === 'SMS' && subject !== null)
      issues.push({ path: 'subject', message: 'an SMS template has no subject' });
    if (subject !== null) issues.push(...checkTemplateText(subject, allowed, 'subject'));
    issues.push(...checkTemplateText(body, allowed, 'body'));
    if (issues.length)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `template ${eventType}/${channel}/${language} refused: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
      );
    const row = await this.templates.append(
      { tenantId: tenant, eventType, channel, language },
      { subject, body },
      admin.subject,
      this.clock.now(),
    );
    return toTemplate(row);
  }

  /** The texts in force for a message, read in the planning transaction. */
  async resolve(key: TemplateKey, manager: EntityManager): Promise<ResolvedTemplate> {
    const row = await this.templates.newest(key, manager);
    if (row) return { subject: row.subject, body: row.body, version: row.version };
    return { ...builtInTexts(key.eventType, key.language, key.channel), version: 0 };
  }
}

function toTemplate(row: NotificationTemplateEntity): NotificationTemplate {
  return {
    eventType: row.eventType,
    channel: row.channel,
    language: row.language,
    version: row.version,
    subject: row.subject,
    body: row.body,
    variables: [...TEMPLATE_VARIABLES[row.eventType]],
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

function builtIn(key: TemplateKey): NotificationTemplate {
  return {
    eventType: key.eventType,
    channel: key.channel,
    language: key.language,
    version: 0,
    ...builtInTexts(key.eventType, key.language, key.channel),
    variables: [...TEMPLATE_VARIABLES[key.eventType]],
    createdBy: null,
    createdAt: null,
  };
}
