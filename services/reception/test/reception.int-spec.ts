import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  parseDossierCode,
  type ActorInput,
  type CloudEvent,
  type EventType,
} from '@motcua/contracts';
import { FixedClock, pendingSchemaChanges } from '@motcua/platform';
import { waitFor, type RpcTestClient } from '@motcua/testing';
import {
  citizenActor,
  receiverActor,
  submitDossierRequest,
  supervisorActor,
} from './factories/submit-dossier.factory';
import { dossierEventConsumer, getDossier, publishTestEvent } from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

// Friday 9 Jan 2026, 10:00 in Vietnam.
const FRIDAY_10H = new Date('2026-01-09T03:00:00.000Z');

describe('reception service', () => {
  let stack: ReceptionStack;
  let reception: INestApplication;
  let client: RpcTestClient;
  const clock = new FixedClock(FRIDAY_10H);

  const submit = (
    overrides: Parameters<typeof submitDossierRequest>[0] = {},
    // A receiver of the branch the dossier is received at.
    actor: ActorInput = receiverActor({ branchIds: [overrides.branchId ?? 'hn-ba-dinh'] }),
    tenant = 'hanoi',
  ) =>
    client.rpc.request('reception.dossier.submit.v1', submitDossierRequest(overrides), {
      tenant,
      actor,
    });

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception', clock });
    ({ reception, client } = stack);
  });

  afterAll(() => stack?.close());

  beforeEach(() => clock.set(FRIDAY_10H));

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(reception.get(DataSource))).toEqual([]);
  });

  describe('submit', () => {
    it('issues a dossier code of the receiving unit and a due date in working days when a receiver submits', async () => {
      const dossier = await submit();
      expect(parseDossierCode(dossier.code)).toEqual({
        unitAgencyCode: '000.A0.01.H26',
        date: '2026-01-09',
        sequence: expect.any(Number),
      });
      expect(dossier).toMatchObject({
        status: 'RECEIVED',
        nationalStatusCode: 2,
        receivedAt: FRIDAY_10H.toISOString(),
        // 3 working days from Friday 10:00 skip the weekend: Wednesday 10:00 (Vietnam time).
        dueAt: '2026-01-14T03:00:00.000Z',
        receivingBranch: { id: 'hn-ba-dinh' },
        returnBranch: { id: 'hn-ba-dinh' },
        jurisdictionUnitCode: '00004',
        applicant: { personalIdMasked: '*********345', phone: '0912345678' },
        competentAgency: null,
      });
      expect(dossier.history).toEqual([
        expect.objectContaining({ status: 'RECEIVED', actor: 'demo.hanoi.receiver' }),
      ]);
    });

    it('stores the dossier.received event and publishes it to JetStream', async () => {
      const dossier = await submit();
      const consumer = await dossierEventConsumer(stack, 'dossier.received.v1');
      const seen = await waitFor(
        async () => {
          const msg = await consumer.next({ expires: 1000 });
          const event = msg?.json<CloudEvent<'dossier.received.v1'>>();
          return event?.data.code === dossier.code ? event : undefined;
        },
        { what: `dossier.received for ${dossier.code}` },
      );
      expect(seen).toMatchObject({
        type: 'vn.motcua.dossier.received.v1',
        tenant: 'hanoi',
        subject: dossier.code,
      });
      expect(seen.data.applicant).toEqual({
        fullName: 'Nguyễn Thị Lan',
        phone: '0912345678',
        email: 'lan@example.vn',
        personalIdMasked: '*********345',
        // The full ID rides along for the national portal sync only (DOMAIN §8).
        personalId: '001190012345',
      });
      const { personalId: full, ...masked } = seen.data.applicant;
      expect(full).toBe('001190012345');
      expect(JSON.stringify({ ...seen, data: { ...seen.data, applicant: masked } })).not.toContain(
        '001190012345',
      );
    });

    it('returns the same dossier when the same request is retried with its idempotency key', async () => {
      const request = submitDossierRequest();
      const first = await client.rpc.request('reception.dossier.submit.v1', request, {
        tenant: 'hanoi',
        actor: receiverActor(),
      });
      const again = await client.rpc.request('reception.dossier.submit.v1', request, {
        tenant: 'hanoi',
        actor: receiverActor(),
      });
      expect(again.code).toBe(first.code);
      expect(again.id).toBe(first.id);
    });

    it('answers a submission with the dossier as a read of it shows it', async () => {
      const submitted = await client.rpc.request(
        'reception.dossier.submit.v1',
        submitDossierRequest(),
        { tenant: 'hanoi', actor: receiverActor() },
      );
      const read = await client.rpc.request(
        'reception.dossier.get.v1',
        { code: submitted.code },
        { tenant: 'hanoi', actor: receiverActor() },
      );
      expect(submitted).toEqual(read);
    });

    it('answers one dossier to concurrent submissions under the same idempotency key', async () => {
      const request = submitDossierRequest();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          client.rpc.request('reception.dossier.submit.v1', request, {
            tenant: 'hanoi',
            actor: receiverActor(),
          }),
        ),
      );
      expect(new Set(answers.map((d) => d.id)).size).toBe(1);
      expect(new Set(answers.map((d) => d.code)).size).toBe(1);
      expect(answers[0].history).toHaveLength(1);
    });

    it('refuses a different request under a used idempotency key and leaves the stored dossier unchanged', async () => {
      const request = submitDossierRequest();
      const first = await client.rpc.request('reception.dossier.submit.v1', request, {
        tenant: 'hanoi',
        actor: receiverActor(),
      });
      const changed = {
        ...request,
        applicant: { ...request.applicant, fullName: 'Trần Văn Bình' },
      };
      await expect(
        client.rpc.request('reception.dossier.submit.v1', changed, {
          tenant: 'hanoi',
          actor: receiverActor(),
        }),
      ).rejects.toMatchObject({
        code: ErrorCode.IdempotencyConflict,
      });
      const stored = await client.rpc.request(
        'reception.dossier.get.v1',
        { code: first.code },
        { tenant: 'hanoi', actor: receiverActor() },
      );
      expect(stored.applicant.fullName).toBe('Nguyễn Thị Lan');
    });

    it('never repeats a sequence number when many dossiers are received at once at one unit', async () => {
      clock.set(new Date('2026-01-12T02:00:00.000Z')); // a fresh day: Monday 12 Jan 2026
      const dossiers = await Promise.all(
        Array.from({ length: 25 }, () => submit({ branchId: 'hn-cau-giay' })),
      );
      const sequences = dossiers
        .map((d) => parseDossierCode(d.code)!.sequence)
        .sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    });

    it('starts the sequence again on the next day', async () => {
      clock.set(new Date('2026-01-13T02:00:00.000Z'));
      const dossier = await submit({ branchId: 'hn-hoai-duc' });
      clock.set(new Date('2026-01-14T02:00:00.000Z'));
      const next = await submit({ branchId: 'hn-hoai-duc' });
      expect(parseDossierCode(dossier.code)).toMatchObject({ date: '2026-01-13', sequence: 1 });
      expect(parseDossierCode(next.code)).toMatchObject({ date: '2026-01-14', sequence: 1 });
    });

    it('skips the Lunar New Year days off when counting working days', async () => {
      // Friday 13 Feb 2026, 10:00 in Vietnam; Tết days off run 14–22 Feb 2026.
      clock.set(new Date('2026-02-13T03:00:00.000Z'));
      const dossier = await submit({ procedureCode: '2.001610' }); // 3 working days
      // Monday 23, Tuesday 24, Wednesday 25 Feb at 10:00.
      expect(dossier.dueAt).toBe('2026-02-25T03:00:00.000Z');
    });

    it('counts calendar-day procedures to the close of the next working day when the term ends on a day off', async () => {
      // Friday 15 May 2026, 10:00 in Vietnam; marriage with a foreign element takes 15 calendar
      // days → Saturday 30 May, a day off → the close of Monday 1 June (17:00 in Hanoi).
      clock.set(new Date('2026-05-15T03:00:00.000Z'));
      const dossier = await submit({ procedureCode: '2.000806' });
      expect(dossier.dueAt).toBe('2026-06-01T10:00:00.000Z');
    });

    it('applies a fast track of the receiving unit on its weekday (Me Linh\'s "Green Tuesday")', async () => {
      clock.set(new Date('2026-01-13T02:00:00.000Z')); // Tuesday 09:00 in Vietnam
      const fast = await submit({ procedureCode: '1.001193', branchId: 'hn-me-linh' });
      expect(fast.dueAt).toBe('2026-01-13T03:00:00.000Z'); // one working hour
      const usual = await submit({ procedureCode: '1.001193', branchId: 'hn-ba-dinh' });
      expect(usual.dueAt).toBe('2026-01-14T02:00:00.000Z'); // one working day
    });

    it('receives boundary-free: a commune procedure of another ward, and keeps the jurisdiction unit', async () => {
      const dossier = await submit({ procedureCode: '1.001193', jurisdictionUnitCode: '00070' });
      expect(dossier.jurisdictionUnitCode).toBe('00070');
      expect(dossier.receivingBranch.id).toBe('hn-ba-dinh');
    });

    it.each([
      [
        'a malformed personal ID',
        { applicant: { fullName: 'Nguyễn A', personalId: '12345', phone: '0912345678' } },
        ErrorCode.ValidationFailed,
      ],
      ['an unknown procedure', { procedureCode: '9.999999' }, ErrorCode.ValidationFailed],
      ['an unknown branch', { branchId: 'nowhere' }, ErrorCode.ValidationFailed],
      [
        'an unknown jurisdiction unit',
        { jurisdictionUnitCode: '99999' },
        ErrorCode.ValidationFailed,
      ],
      [
        'a land procedure at another ward (scope NONE)',
        { procedureCode: '1.013978', jurisdictionUnitCode: '00070' },
        ErrorCode.ProcedureNotAllowedHere,
      ],
    ])('refuses %s with a typed error', async (_what, overrides, code) => {
      await expect(
        submit(overrides as Parameters<typeof submitDossierRequest>[0]),
      ).rejects.toMatchObject({ code });
    });

    it('records which components were handed in and lists every component of the procedure', async () => {
      const dossier = await submit();
      const required = dossier.components.filter((c) => c.required);
      expect(required.length).toBeGreaterThan(0);
      expect(required.every((c) => c.handedIn)).toBe(true);
      expect(dossier.components.find((c) => !c.required)).toMatchObject({ handedIn: false });
      expect(dossier.attachments).toEqual([]);
    });

    it('refuses an incomplete dossier with DOSSIER_INCOMPLETE naming each missing component, and stores nothing', async () => {
      const before = await reception
        .get(DataSource)
        .query<{ n: string }[]>('SELECT count(*) AS n FROM reception.dossier');
      const complete = submitDossierRequest();
      const error = await submit({ components: complete.components!.slice(1) }).catch(
        (err: unknown) => err,
      );

      expect(error).toMatchObject({
        code: ErrorCode.DossierIncomplete,
        details: [{ path: 'components', message: `missing: ${complete.components![0]}` }],
      });
      const after = await reception
        .get(DataSource)
        .query<{ n: string }[]>('SELECT count(*) AS n FROM reception.dossier');
      expect(after[0].n).toBe(before[0].n);
    });

    it('refuses a component the procedure does not list with VALIDATION_FAILED', async () => {
      const complete = submitDossierRequest();
      await expect(
        submit({ components: [...complete.components!, 'Sổ hộ khẩu'] }),
      ).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        message: expect.stringContaining('Sổ hộ khẩu') as string,
      });
    });

    it('asks where the parcel lies for a land procedure, and records the basis', async () => {
      const land = {
        procedureCode: '1.013978',
        components: submitDossierRequest({ procedureCode: '1.013978' }).components,
      };
      await expect(submit(land)).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        message: expect.stringContaining('where the parcel lies') as string,
      });
      const dossier = await submit({ ...land, jurisdictionUnitCode: '00004' });
      expect(dossier).toMatchObject({ jurisdictionUnitCode: '00004', jurisdictionBasis: 'PARCEL' });
      expect((await submit()).jurisdictionBasis).toBe('BUSINESS_ADDRESS');
    });

    it('refuses a dissolved unit and names its successor', async () => {
      const hcmcReceiver = receiverActor({
        subject: 'demo.hcmc.receiver',
        tenant: 'hcmc',
        branchIds: ['hcm-thu-dau-mot'],
      });
      await expect(
        submit(
          { branchId: 'hcm-thu-dau-mot', jurisdictionUnitCode: '25756' },
          hcmcReceiver,
          'hcmc',
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        message: expect.stringContaining('25747'),
      });
    });

    it('refuses callers who may not receive', async () => {
      await expect(submit({}, receiverActor({ tenant: 'hcmc' }))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(submit({}, receiverActor({ roles: ['HANDLER'] }))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(submit({}, citizenActor())).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(
        client.rpc.request('reception.dossier.submit.v1', submitDossierRequest(), {
          tenant: 'hanoi',
        }),
      ).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
    });

    it('registers an online dossier (national 1) and starts its clock when a receiver accepts it', async () => {
      const submittedAt = clock.now();
      const dossier = await submit({ channel: 'ONLINE' }, citizenActor());
      expect(dossier).toMatchObject({
        channel: 'ONLINE',
        status: 'REGISTERED',
        nationalStatusCode: 1,
      });
      const tracked = await client.rpc.request(
        'reception.dossier.track.v1',
        { code: dossier.code, phone: '0912345678' },
        { tenant: 'hanoi' },
      );
      expect(tracked.nationalStatusCode).toBe(1);

      // Accepted the next working day at 10:00: three working days from then.
      const acceptedAt = new Date(submittedAt.getTime() + 3 * 24 * 3600_000); // Monday
      clock.set(acceptedAt);
      try {
        const accepted = await client.rpc.request(
          'reception.dossier.transition.v1',
          { code: dossier.code, command: { type: 'ACCEPT' } },
          { tenant: 'hanoi', actor: receiverActor() },
        );
        expect(accepted).toMatchObject({
          status: 'RECEIVED',
          nationalStatusCode: 2,
          receivedAt: submittedAt.toISOString(),
          dueAt: new Date(acceptedAt.getTime() + 3 * 24 * 3600_000).toISOString(), // Thursday
        });

        // Routing hears of it only now: its dossier.received carries the acceptance time.
        const consumer = await dossierEventConsumer(stack, 'dossier.received.v1');
        const received = await waitFor(
          async () => {
            const msg = await consumer.next({ expires: 1000 });
            const event = msg?.json<CloudEvent<'dossier.received.v1'>>();
            return event?.data.code === dossier.code ? event : undefined;
          },
          { what: `dossier.received for ${dossier.code}` },
        );
        expect(received.data).toMatchObject({
          receivedAt: acceptedAt.toISOString(),
          dueAt: accepted.dueAt,
          channel: 'ONLINE',
        });
        await expect(
          client.rpc.request(
            'reception.dossier.transition.v1',
            { code: dossier.code, command: { type: 'ACCEPT' } },
            { tenant: 'hanoi', actor: receiverActor() },
          ),
        ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
      } finally {
        clock.set(submittedAt);
      }
    });

    it('publishes dossier.registered for an online dossier', async () => {
      const dossier = await submit({ channel: 'ONLINE' }, citizenActor());
      const consumer = await dossierEventConsumer(stack, 'dossier.registered.v1');
      const registered = await waitFor(
        async () => {
          const msg = await consumer.next({ expires: 1000 });
          const event = msg?.json<CloudEvent<'dossier.registered.v1'>>();
          return event?.data.code === dossier.code ? event : undefined;
        },
        { what: `dossier.registered for ${dossier.code}` },
      );
      expect(registered.data).toMatchObject({ dossierId: dossier.id, channel: 'ONLINE' });
    });
  });

  describe('routing results', () => {
    const publish = <T extends EventType>(type: T, tenant: string, data: CloudEvent<T>['data']) =>
      publishTestEvent(stack, type, tenant, data, clock.now());

    it('records the competent agency and moves the dossier to processing when it is routed', async () => {
      const dossier = await submit();
      await publish('dossier.routed.v1', 'hanoi', {
        dossierId: dossier.id,
        code: dossier.code,
        agencyCode: '000.00.02.H26',
        agencyName: 'Sở Tài chính Hà Nội',
        ruleId: 'r1',
        routedAt: '2026-01-09T03:00:05.000Z',
      });
      const routed = await waitFor(async () => {
        const d = await getDossier(client, dossier.code);
        return d.status === 'PROCESSING' ? d : undefined;
      });
      expect(routed).toMatchObject({
        nationalStatusCode: 4,
        competentAgency: { code: '000.00.02.H26', name: 'Sở Tài chính Hà Nội' },
      });
      expect(routed.history.map((h) => h.status)).toEqual(['RECEIVED', 'PROCESSING']);
    });

    it('holds the dossier for a supervisor when routing found no rule', async () => {
      const dossier = await submit();
      await publish('dossier.held.v1', 'hanoi', {
        dossierId: dossier.id,
        code: dossier.code,
        reason: 'no routing rule',
        heldAt: '2026-01-09T03:00:05.000Z',
      });
      const held = await waitFor(async () => {
        const d = await getDossier(client, dossier.code);
        return d.status === 'ROUTING_HELD' ? d : undefined;
      });
      expect(held.history.at(-1)).toMatchObject({
        status: 'ROUTING_HELD',
        reason: 'no routing rule',
        actor: 'system:routing',
      });
    });
  });

  describe('track', () => {
    it('shows status and steps without personal data when code and phone match', async () => {
      const dossier = await submit();
      const tracking = await client.rpc.request(
        'reception.dossier.track.v1',
        { code: dossier.code, phone: '+84 912 345 678' },
        { tenant: 'hanoi' },
      );
      expect(tracking).toEqual({
        code: dossier.code,
        procedureName: dossier.procedureName,
        status: 'RECEIVED',
        nationalStatusCode: 2,
        dueAt: dossier.dueAt,
        steps: [{ at: dossier.receivedAt, status: 'RECEIVED' }],
        resultReturn: {
          method: 'BRANCH',
          branch: {
            id: 'hn-ba-dinh',
            name: dossier.returnBranch.name,
            address: expect.stringContaining('Ba Đình') as string,
          },
        },
      });
    });

    it('tells where to collect the result: the chosen branch, or no branch for a postal return', async () => {
      const atHoanKiem = await submit({ returnBranchId: 'hn-hoan-kiem' });
      const byPost = await submit({ returnMethod: 'POST' });
      const track = (code: string) =>
        client.rpc.request(
          'reception.dossier.track.v1',
          { code, phone: '0912345678' },
          { tenant: 'hanoi' },
        );

      expect((await track(atHoanKiem.code)).resultReturn).toMatchObject({
        method: 'BRANCH',
        branch: { id: 'hn-hoan-kiem', address: expect.any(String) as string },
      });
      expect((await track(byPost.code)).resultReturn).toEqual({ method: 'POST', branch: null });
    });

    it('answers NOT_FOUND when the phone does not match', async () => {
      const dossier = await submit();
      await expect(
        client.rpc.request(
          'reception.dossier.track.v1',
          { code: dossier.code, phone: '0987654321' },
          { tenant: 'hanoi' },
        ),
      ).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
    });

    it('does not show a dossier of another tenant', async () => {
      const dossier = await submit();
      await expect(
        client.rpc.request(
          'reception.dossier.get.v1',
          { code: dossier.code },
          { tenant: 'hcmc', actor: supervisorActor('hcmc') },
        ),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });
  });
});
