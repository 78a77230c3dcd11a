import type { CloudEvent, EventType } from '@motcua/contracts';
import { liveUpdateOf } from './live-update';

const envelope = (type: EventType, data: Record<string, unknown>): CloudEvent =>
  ({
    specversion: '1.0',
    id: '00000000-0000-4000-8000-000000000001',
    source: 'reception',
    type: `vn.motcua.${type}`,
    time: '2026-01-09T03:00:00.000Z',
    datacontenttype: 'application/json',
    tenant: 'hanoi',
    data,
  }) as CloudEvent;

describe('liveUpdateOf', () => {
  it('states the new status of a transition, with its national code', () => {
    const update = liveUpdateOf(
      'dossier.transitioned.v1',
      envelope('dossier.transitioned.v1', { code: 'H26.1', to: 'REFUSED', nationalStatusCode: 3 }),
    );
    expect(update).toEqual({
      tenant: 'hanoi',
      code: 'H26.1',
      event: 'dossier.transitioned.v1',
      status: 'REFUSED',
      nationalStatusCode: 3,
      at: '2026-01-09T03:00:00.000Z',
      branchIds: [],
      agencyCodes: [],
    });
  });

  it("puts a received dossier in its branch's queue, without the applicant", () => {
    const update = liveUpdateOf(
      'dossier.received.v1',
      envelope('dossier.received.v1', {
        code: 'H26.2',
        receivingBranchId: 'hn-ba-dinh',
        applicant: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
      }),
    );
    expect(update).toMatchObject({ status: 'RECEIVED', nationalStatusCode: 2 });
    expect(update?.branchIds).toEqual(['hn-ba-dinh']);
    expect(JSON.stringify(update)).not.toContain('Nguyễn');
  });

  it('names both agencies of an inter-agency hand-over and leaves the status unknown', () => {
    const update = liveUpdateOf(
      'dossier.step-handed-over.v1',
      envelope('dossier.step-handed-over.v1', {
        code: 'H26.3',
        fromAgencyCode: 'A',
        toAgencyCode: 'B',
      }),
    );
    expect(update).toMatchObject({
      status: null,
      nationalStatusCode: null,
      agencyCodes: ['A', 'B'],
    });
  });

  it('keeps only the queues an alert names', () => {
    const update = liveUpdateOf(
      'dossier.escalated.v1',
      envelope('dossier.escalated.v1', { code: 'H26.4', branchId: null, agencyCode: 'A' }),
    );
    expect(update).toMatchObject({ branchIds: [], agencyCodes: ['A'] });
  });

  it('ignores catalog events', () => {
    expect(liveUpdateOf('catalog.changed.v1', envelope('catalog.changed.v1', {}))).toBeNull();
  });
});
