import { DomainError, ErrorCode } from '@motcua/contracts';
import type { DossierHistoryEntity } from '../dossiers/dossier-history.entity';
import type { DossierEntity } from '../dossiers/dossier.entity';
import { buildFormData, processSteps } from './dossier-form-data';

const RECEIVED_AT = new Date('2026-01-09T03:00:00.000Z');
const DUE_AT = new Date('2026-01-14T03:00:00.000Z');

const dossier = (overrides: Partial<DossierEntity> = {}): DossierEntity =>
  ({
    code: '000.A0.01.H26-260109-0001',
    receivedAt: RECEIVED_AT,
    dueAt: DUE_AT,
    originalDueAt: null,
    applicantFullName: 'Nguyễn Thị Lan',
    applicantPhone: '0912345678',
    procedureCode: '2.001610',
    procedureName: 'Đăng ký thành lập doanh nghiệp tư nhân',
    receivingBranchName: 'Trung tâm Ba Đình',
    returnBranchName: 'Trung tâm Ba Đình',
    competentAgencyCode: '000.00.01.H26',
    competentAgencyName: 'Sở Tư pháp Hà Nội',
    receivedBy: 'demo.hanoi.receiver',
    ...overrides,
  }) as DossierEntity;

const entry = (e: Partial<DossierHistoryEntity>): DossierHistoryEntity =>
  ({
    fromStatus: null,
    command: null,
    details: null,
    reason: null,
    actor: 'x',
    ...e,
  }) as DossierHistoryEntity;

const REFS = { tenantName: 'UBND Thành phố Hà Nội', placeName: 'Hà Nội', components: [] };

describe(buildFormData.name, () => {
  it('throws CONFLICT when the form 02 is asked before any supplement request', () => {
    const history = [entry({ at: RECEIVED_AT, status: 'RECEIVED' })];
    const act = () => buildFormData('02', dossier(), history, REFS, RECEIVED_AT);
    expect(act).toThrow(DomainError);
    expect(act).toThrow(expect.objectContaining({ code: ErrorCode.Conflict }) as Error);
  });

  it('takes the missing components, note and date from the supplement request when there is one', () => {
    const at = new Date('2026-01-12T03:00:00.000Z');
    const history = [
      entry({ at: RECEIVED_AT, status: 'RECEIVED' }),
      entry({
        at,
        fromStatus: 'RECEIVED',
        status: 'SUPPLEMENT_REQUESTED',
        command: 'REQUEST_SUPPLEMENT',
        reason: 'Trong 5 ngày',
        actor: 'demo.hanoi.receiver',
        details: { missingComponents: ['Bản sao CCCD'] },
      }),
    ];
    expect(buildFormData('02', dossier(), history, REFS, at)).toMatchObject({
      issuedAt: at,
      missingComponents: [{ name: 'Bản sao CCCD' }],
      deadlineNote: 'Trong 5 ngày',
      staffName: 'demo.hanoi.receiver',
    });
  });
});

describe(processSteps.name, () => {
  it('lists receipt, routing and a recorded step as handovers when the dossier is processed', () => {
    const history = [
      entry({ at: RECEIVED_AT, status: 'RECEIVED' }),
      entry({ at: RECEIVED_AT, fromStatus: 'RECEIVED', status: 'PROCESSING' }),
      entry({
        at: RECEIVED_AT,
        fromStatus: 'PROCESSING',
        status: 'PROCESSING',
        command: 'RECORD_STEP',
        details: { step: { title: 'Thẩm định', to: 'Phòng ĐKKD' } },
      }),
    ];
    expect(processSteps(dossier(), history)).toEqual([
      expect.objectContaining({ handoverFrom: 'Nguyễn Thị Lan', handoverTo: 'Trung tâm Ba Đình' }),
      expect.objectContaining({
        handoverFrom: 'Trung tâm Ba Đình',
        handoverTo: 'Sở Tư pháp Hà Nội',
      }),
      expect.objectContaining({
        handoverFrom: 'Sở Tư pháp Hà Nội',
        handoverTo: 'Phòng ĐKKD',
        note: 'Thẩm định',
      }),
    ]);
  });

  it('lists every inter-agency hand-over, routing to the first agency and the result from the last', () => {
    const committee = 'UBND phường Ba Đình';
    const tax = 'Thuế thành phố Hà Nội';
    const handOver = (at: string, title: string, from: string, to: string, stepIndex: number) =>
      entry({
        at: new Date(at),
        fromStatus: 'PROCESSING',
        status: 'PROCESSING',
        actor: 'demo.hanoi.land-officer',
        details: { step: { title, from, to, interAgency: true }, stepIndex },
      });
    const history = [
      entry({ at: RECEIVED_AT, status: 'RECEIVED' }),
      entry({ at: RECEIVED_AT, fromStatus: 'RECEIVED', status: 'PROCESSING' }),
      handOver('2026-01-12T03:00:00.000Z', 'Xác định nghĩa vụ tài chính', committee, tax, 2),
      entry({
        at: new Date('2026-01-12T04:00:00.000Z'),
        fromStatus: 'PROCESSING',
        status: 'SUPPLEMENT_REQUESTED',
        command: 'REQUEST_SUPPLEMENT',
      }),
      entry({
        at: new Date('2026-01-12T05:00:00.000Z'),
        fromStatus: 'SUPPLEMENT_REQUESTED',
        status: 'PROCESSING',
        command: 'RECEIVE_SUPPLEMENT',
      }),
      handOver('2026-01-13T03:00:00.000Z', 'Cấp Giấy chứng nhận', tax, committee, 3),
      entry({
        at: new Date('2026-01-13T04:00:00.000Z'),
        fromStatus: 'PROCESSING',
        status: 'RESULT_READY',
        command: 'MARK_RESULT_READY',
      }),
    ];
    const rows = processSteps(
      dossier({ competentAgencyCode: '000.A0.01.H26', competentAgencyName: committee }),
      history,
    ).map((r) => [r.handoverFrom, r.handoverTo, r.note]);
    expect(rows).toEqual([
      ['Nguyễn Thị Lan', 'Trung tâm Ba Đình', 'Tiếp nhận hồ sơ'],
      ['Trung tâm Ba Đình', committee, 'Chuyển xử lý'],
      [committee, tax, 'Chuyển liên thông: Xác định nghĩa vụ tài chính'],
      [tax, 'Nguyễn Thị Lan', 'Yêu cầu bổ sung hồ sơ'],
      ['Nguyễn Thị Lan', tax, 'Nhận hồ sơ bổ sung'],
      [tax, committee, 'Chuyển liên thông: Cấp Giấy chứng nhận'],
      [committee, 'Trung tâm Ba Đình', 'Có kết quả'],
    ]);
  });
});
