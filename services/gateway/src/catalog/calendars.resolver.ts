import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { PublicAccess, TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { toCalendarUpdate, toWorkingCalendarModel } from './calendar.mapper';
import { WorkingCalendarUpdateInput } from './working-calendar-update.input';
import { WorkingCalendarModel } from './working-calendar.model';

@Resolver(() => WorkingCalendarModel)
export class CalendarsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => WorkingCalendarModel, {
    description:
      "The tenant's office hours, days off and fast tracks. Needs the tenant (x-tenant header).",
  })
  @PublicAccess('required')
  async workingCalendar(@CurrentCaller() caller: Caller): Promise<WorkingCalendarModel> {
    return toWorkingCalendarModel(
      await this.rpc.request('catalog.calendar.get.v1', {}, callOptions(caller)),
    );
  }

  @Mutation(() => WorkingCalendarModel, {
    description:
      "Replaces the parts of the tenant's calendar given: office hours, weekend days, fast tracks, or whole years of days off. Tenant administrators.",
  })
  @TenantAdminAccess()
  async updateWorkingCalendar(
    @Args('input', { type: () => WorkingCalendarUpdateInput }) input: WorkingCalendarUpdateInput,
    @CurrentCaller() caller: Caller,
  ): Promise<WorkingCalendarModel> {
    return toWorkingCalendarModel(
      await this.rpc.request(
        'catalog.calendar.update.v1',
        toCalendarUpdate(input),
        callOptions(caller),
      ),
    );
  }
}
