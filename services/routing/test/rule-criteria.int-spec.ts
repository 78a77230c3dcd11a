import { FixedClock } from '@motcua/platform';
import { RoutingRuleEntity } from '../src/rules/routing-rule.entity';
import { routingRuleRow } from './factories/routing-rule.factory';
import { HANOI_BA_DINH, receivedEvent } from './support/dossier-received';
import { startRoutingStack, type RoutingStack } from './support/routing-stack';

/**
 * Rule criteria beyond procedure, field and level: the channel, a unit above the dossier's
 * jurisdiction unit, and a unit that was merged into another one.
 */
describe('routing rule criteria', () => {
  const clock = new FixedClock(new Date('2026-01-05T02:00:00.000Z'));
  let stack: RoutingStack;

  const routedData = async (event: ReturnType<typeof receivedEvent>) =>
    (await stack.waitForOutput(event.data.dossierId)).event.data;

  beforeAll(async () => {
    stack = await startRoutingStack({ database: 'routing_criteria', clock });
    // Checked before every demo rule (demo priorities start at 10).
    await stack.dataSource.getRepository(RoutingRuleEntity).insert([
      // Birth registrations that arrive by post go to Sở Tư pháp, whatever the commune.
      routingRuleRow({
        id: 'test-postal-birth',
        priority: 1,
        procedureCodes: ['1.001193'],
        channels: ['POSTAL'],
        targetAgencyCode: '000.00.01.H26',
      }),
      // Online marriage registrations anywhere in Hanoi (unit 01, the province) go to Sở Tư pháp.
      routingRuleRow({
        id: 'test-online-marriage-hanoi',
        priority: 2,
        procedureCodes: ['1.000894'],
        channels: ['ONLINE'],
        jurisdictionUnitCodes: ['01'],
        targetAgencyCode: '000.00.01.H26',
      }),
      // Death registrations in the former ward Quán Thánh (00013, merged into Ba Đình 00004 on
      // 2025-07-01) go to Sở Y tế: after the merger the rule applies to the whole of Ba Đình.
      routingRuleRow({
        id: 'test-quan-thanh-death',
        priority: 3,
        procedureCodes: ['1.000656'],
        jurisdictionUnitCodes: ['00013'],
        targetAgencyCode: '000.00.05.H26',
        validFrom: '2025-01-01',
      }),
    ]);
  });

  afterAll(() => stack?.close());

  it('applies a channel rule to a dossier that came by post and not to one received at the counter', async () => {
    const postal = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.001193',
      jurisdictionUnitCode: '00070',
      receivedAt: '2026-01-05T02:00:00.000Z',
      channel: 'POSTAL',
    });
    const counter = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.001193',
      jurisdictionUnitCode: '00070',
      receivedAt: '2026-01-05T02:00:00.000Z',
    });
    await stack.publish(postal);
    await stack.publish(counter);
    expect(await routedData(postal)).toMatchObject({
      ruleId: 'test-postal-birth',
      agencyCode: '000.00.01.H26',
    });
    expect(await routedData(counter)).toMatchObject({
      ruleId: 'hanoi-100-civil-status-certification',
      agencyCode: '000.A0.02.H26',
    });
  });

  it('applies a rule naming the province to a dossier whose jurisdiction unit is a commune below it', async () => {
    const online = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.000894',
      jurisdictionUnitCode: '09552',
      receivedAt: '2026-01-05T02:00:00.000Z',
      channel: 'ONLINE',
    });
    await stack.publish(online);
    expect(await routedData(online)).toMatchObject({
      ruleId: 'test-online-marriage-hanoi',
      agencyCode: '000.00.01.H26',
    });
  });

  it('applies a rule naming a merged ward to its successor after the merger, and to the ward itself before', async () => {
    const afterMerger = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.000656',
      jurisdictionUnitCode: '00004',
      receivedAt: '2026-01-05T02:00:00.000Z',
    });
    // 2025-06-30 in Vietnam: the ward still exists and the dossier names it.
    const beforeMerger = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.000656',
      jurisdictionUnitCode: '00013',
      receivedAt: '2025-06-30T03:00:00.000Z',
    });
    // Hoàn Kiếm took nothing of Quán Thánh: the demo rule for civil status applies.
    const elsewhere = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode: '1.000656',
      jurisdictionUnitCode: '00070',
      receivedAt: '2026-01-05T02:00:00.000Z',
    });
    await stack.publish(afterMerger);
    await stack.publish(beforeMerger);
    await stack.publish(elsewhere);
    expect(await routedData(afterMerger)).toMatchObject({
      ruleId: 'test-quan-thanh-death',
      agencyCode: '000.00.05.H26',
    });
    expect(await routedData(beforeMerger)).toMatchObject({
      ruleId: 'test-quan-thanh-death',
      agencyCode: '000.00.05.H26',
    });
    expect(await routedData(elsewhere)).toMatchObject({
      ruleId: 'hanoi-100-civil-status-certification',
    });
  });
});
