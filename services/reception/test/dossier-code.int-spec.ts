import { DataSource } from 'typeorm';
import { ErrorCode, MAX_DAILY_SEQUENCE, parseDossierCode } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import type { RpcTestClient } from '@motcua/testing';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

const BRANCHES = ['hn-ba-dinh', 'hn-hoan-kiem', 'hn-cau-giay', 'hn-hoai-duc', 'hn-me-linh'];

describe('dossier codes under concurrent receipt', () => {
  const clock = new FixedClock(new Date('2026-03-10T03:00:00.000Z')); // Tuesday 10:00 in Vietnam
  let stack: ReceptionStack;
  let client: RpcTestClient;

  const submitAt = (branchId: string) =>
    client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest({ branchId, procedureCode: '1.001193', jurisdictionUnitCode: '00070' }),
      {
        tenant: 'hanoi',
        actor: receiverActor({ branchIds: [branchId] }),
        timeoutMs: 60_000,
      },
    );

  beforeAll(async () => {
    stack = await startReceptionStack({
      database: 'dossier_codes',
      clock,
      receptionEnv: { DATABASE_POOL_SIZE: '20' },
    });
    ({ client } = stack);
  }, 60_000);

  afterAll(() => stack?.close());

  it('never repeats a code across 500 concurrent submissions at five branches, and numbers each unit 1..n', async () => {
    const dossiers = await Promise.all(
      Array.from({ length: 500 }, (_, i) => submitAt(BRANCHES[i % BRANCHES.length])),
    );
    const codes = dossiers.map((d) => d.code);
    expect(new Set(codes).size).toBe(500);
    const byUnit = new Map<string, number[]>();
    for (const code of codes) {
      const parts = parseDossierCode(code)!;
      expect(parts.date).toBe('2026-03-10');
      byUnit.set(parts.unitAgencyCode, [
        ...(byUnit.get(parts.unitAgencyCode) ?? []),
        parts.sequence,
      ]);
    }
    expect(byUnit.size).toBe(5);
    for (const sequences of byUnit.values()) {
      expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    }
  }, 120_000);

  it('starts the daily sequence again at midnight Vietnam time, not UTC', async () => {
    clock.set(new Date('2026-03-11T16:59:59.000Z')); // 23:59:59 on 11 March in Vietnam
    const before = await submitAt('hn-ba-dinh');
    clock.set(new Date('2026-03-11T17:00:00.000Z')); // 00:00 on 12 March in Vietnam (still 11 March in UTC)
    const after = await submitAt('hn-ba-dinh');
    expect(parseDossierCode(before.code)).toMatchObject({ date: '2026-03-11', sequence: 1 });
    expect(parseDossierCode(after.code)).toMatchObject({ date: '2026-03-12', sequence: 1 });
  });

  it('refuses a receipt once the unit has issued every code of the day, storing nothing', async () => {
    clock.set(new Date('2026-03-13T03:00:00.000Z'));
    const first = await submitAt('hn-me-linh');
    const { unitAgencyCode } = parseDossierCode(first.code)!;
    const ds = stack.reception.get(DataSource);
    await ds.query(
      'UPDATE reception.dossier_sequence SET last_value = $1 WHERE unit_agency_code = $2 AND day = $3',
      [MAX_DAILY_SEQUENCE, unitAgencyCode, '2026-03-13'],
    );
    const count = async () =>
      Number((await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM reception.dossier'))[0].n);
    const before = await count();
    await expect(submitAt('hn-me-linh')).rejects.toMatchObject({
      code: ErrorCode.SequenceExhausted,
    });
    expect(await count()).toBe(before);
    const [sequence] = await ds.query<{ last_value: number }[]>(
      'SELECT last_value FROM reception.dossier_sequence WHERE unit_agency_code = $1 AND day = $2',
      [unitAgencyCode, '2026-03-13'],
    );
    expect(sequence.last_value).toBe(MAX_DAILY_SEQUENCE);
  });
});
