import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  type Duration,
  type InterAgencyStep,
  type WorkingCalendar,
} from '@motcua/contracts';
import { WorkingTimeCalculator, addDuration } from '@motcua/calendar';
import { CatalogClient, RpcClient } from '@motcua/platform';

/**
 * What chains need from the catalog: a procedure version's steps, agency names, and the tenant's
 * working time for step deadlines. A published version never changes, so its steps are kept.
 */
@Injectable()
export class ChainCatalogService {
  private readonly steps = new Map<string, Promise<InterAgencyStep[]>>();
  private readonly calculators = new WeakMap<WorkingCalendar, WorkingTimeCalculator>();

  constructor(
    private readonly rpc: RpcClient,
    private readonly catalog: CatalogClient,
  ) {}

  /** The chain of one procedure version; empty when it defines none. */
  stepsOf(tenant: string, code: string, version: number): Promise<InterAgencyStep[]> {
    const key = `${tenant}|${code}|${version}`;
    let steps = this.steps.get(key);
    if (!steps) {
      steps = this.load(tenant, code, version);
      this.steps.set(key, steps);
      // Failures are not kept: the redelivered event asks again.
      steps.catch(() => this.steps.delete(key));
    }
    return steps;
  }

  async agencyNames(tenant: string, codes: readonly string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const agencies = await this.catalog.listAgencies(tenant, { codes: [...new Set(codes)] });
    return new Map(agencies.map((a) => [a.code, a.name]));
  }

  /** When a step of `duration` started at `start` is due, in the tenant's working time. */
  async dueAt(tenant: string, start: Date, duration: Duration): Promise<Date> {
    return addDuration(await this.calculator(tenant), start, duration);
  }

  /** `due` pushed later by the working time between `from` and `to` (a pause). */
  async pushedBy(tenant: string, due: Date, from: Date, to: Date): Promise<Date> {
    const calculator = await this.calculator(tenant);
    return calculator.addWorkingMinutes(due, calculator.workingMinutesBetween(from, to));
  }

  private async load(tenant: string, code: string, version: number): Promise<InterAgencyStep[]> {
    const { versions } = await this.rpc.request(
      'catalog.procedure.versions.v1',
      { code },
      { tenant },
    );
    const found = versions.find((v) => v.version === version);
    if (!found)
      throw new DomainError(
        ErrorCode.NotFound,
        `procedure ${code} has no version ${version} in the catalog of ${tenant}`,
      );
    return found.interAgencySteps;
  }

  private async calculator(tenant: string): Promise<WorkingTimeCalculator> {
    const calendar = await this.catalog.getCalendar(tenant);
    let calculator = this.calculators.get(calendar);
    if (!calculator) {
      calculator = new WorkingTimeCalculator(calendar);
      this.calculators.set(calendar, calculator);
    }
    return calculator;
  }
}
