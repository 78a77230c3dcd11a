import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toVietnamDate } from '@motcua/calendar';
import type { Actor, RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { authorizeStaff, requireRole } from '../access/staff-access';
import { RoutingRulesRepository } from './routing-rules.repository';
import { RuleReferencesService } from './rule-references.service';
import { planVersion } from './rule-versioning';
import { toRuleEntity, type RuleDraft } from './rule-draft';
import { toRuleView } from './rule-view';

export type SavedRule = RpcResponse<'routing.rule.save.v1'>;

/** Rule administration: tenant administrators write versions, staff read them. */
@Injectable()
export class RulesAdminService {
  private readonly logger = new Logger(RulesAdminService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: RoutingRulesRepository,
    private readonly references: RuleReferencesService,
    private readonly clock: Clock,
  ) {}

  async list(
    tenant: string,
    request: RpcParsedRequest<'routing.rule.list.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'routing.rule.list.v1'>> {
    authorizeStaff(tenant, actor);
    const manager = this.dataSource.manager;
    const rows = request.allVersions
      ? await this.rules.versions(manager, tenant, request.id)
      : (await this.rules.inForce(manager, tenant, request.asOf ?? this.today())).filter(
          (r) => request.id === undefined || r.id === request.id,
        );
    return { rules: rows.map(toRuleView) };
  }

  async save(tenant: string, draft: RuleDraft, actor: Actor | undefined): Promise<SavedRule> {
    const admin = requireRole(tenant, actor, ['TENANT_ADMIN'], 'write routing rules');
    await this.references.check(tenant, draft);
    const saved = await this.dataSource.transaction((m) =>
      this.writeVersion(m, tenant, draft, admin.subject),
    );
    this.logger.log(
      `routing rule ${draft.id} v${saved.rule.version} of ${tenant} from ${draft.validFrom} by ${admin.subject}`,
    );
    return saved;
  }

  /**
   * Writes the next version of a rule in the caller's transaction: the latest version ends the
   * day before the new one starts. Checks dates, not references (see RuleReferencesService).
   */
  async writeVersion(
    manager: EntityManager,
    tenant: string,
    draft: RuleDraft,
    author: string,
  ): Promise<SavedRule> {
    const latest = await this.rules.lockLatest(manager, tenant, draft.id);
    const plan = planVersion(latest, draft, this.today());
    if (latest && plan.closeLatestOn !== null) {
      await this.rules.close(manager, latest, plan.closeLatestOn);
      latest.validTo = plan.closeLatestOn;
    }
    const rule = toRuleEntity(tenant, draft, plan.version, author, this.clock.now());
    await this.rules.insert(manager, rule);
    return { rule: toRuleView(rule), previous: latest ? toRuleView(latest) : null };
  }

  /** Today in Vietnam: rule dates are Vietnam dates of receipt. */
  today(): string {
    return toVietnamDate(this.clock.now());
  }
}
