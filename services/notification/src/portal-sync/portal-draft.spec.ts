import { cloudEvent, receivedEvent } from '@motcua/testing';
import { applyPortalEvent, emptyDraft } from './portal-draft';
import { toPortalDossier } from './portal-payload';

const received = receivedEvent({
  receivedAt: '2026-01-05T03:00:00.000Z',
  dueAt: '2026-01-06T03:00:00.000Z',
});
received.data.applicant.personalId = '001090012345';

const transitioned = (
  to: 'PROCESSING' | 'RESULT_READY' | 'REFUSED',
  nationalStatusCode: number,
  command: 'RECORD_STEP' | 'MARK_RESULT_READY' | 'REFUSE',
  at: string,
  details: Record<string, unknown> = {},
) =>
  cloudEvent(
    'dossier.transitioned.v1',
    {
      dossierId: received.data.dossierId,
      code: received.data.code,
      from: 'RECEIVED',
      to,
      nationalStatusCode,
      command,
      actor: 'staff-1',
      reason: null,
      at,
      dueAt: received.data.dueAt,
      details,
    },
    'hanoi',
  );

describe(applyPortalEvent.name, () => {
  it('builds the portal payload: Vietnam dates, channel and status codes, steps by start', () => {
    let draft = applyPortalEvent(emptyDraft(), 'dossier.received.v1', received);
    draft = applyPortalEvent(
      draft,
      'dossier.transitioned.v1',
      transitioned('RESULT_READY', 9, 'MARK_RESULT_READY', '2026-01-05T09:00:00.000Z'),
    );
    draft = applyPortalEvent(
      draft,
      'dossier.transitioned.v1',
      transitioned('PROCESSING', 4, 'RECORD_STEP', '2026-01-05T04:00:00.000Z', {
        step: { title: 'Thẩm định', to: 'Phòng Tư pháp' },
      }),
    );
    const payload = toPortalDossier(draft);
    expect(payload).toMatchObject({
      code: received.data.code,
      channel: 1,
      receivedAt: '20260105100000',
      dueAt: '20260106100000',
      // The older step arrived late: it does not move the status back.
      statusCode: 9,
      result: { readyAt: '20260105160000', returnedAt: null, returnMethod: null },
      progress: [
        {
          handler: 'staff-1',
          title: 'Thẩm định',
          department: 'Phòng Tư pháp',
          startAt: '20260105110000',
          legalEndAt: '20260106100000',
        },
      ],
    });
  });

  it('keeps the status of a later event when the received event comes last', () => {
    let draft = applyPortalEvent(
      emptyDraft(),
      'dossier.transitioned.v1',
      transitioned('REFUSED', 3, 'REFUSE', '2026-01-05T04:00:00.000Z', {
        reasons: ['Thiếu giấy tờ', 'Sai mẫu'],
      }),
    );
    expect(() => toPortalDossier(draft)).toThrow('not been received');
    draft = applyPortalEvent(draft, 'dossier.received.v1', received);
    expect(toPortalDossier(draft)).toMatchObject({
      statusCode: 3,
      closingReason: 'Thiếu giấy tờ; Sai mẫu',
    });
  });

  it('refuses to build a payload without the full personal ID (events published before it)', () => {
    const old = receivedEvent();
    expect(() =>
      toPortalDossier(applyPortalEvent(emptyDraft(), 'dossier.received.v1', old)),
    ).toThrow('personal ID');
  });
});
