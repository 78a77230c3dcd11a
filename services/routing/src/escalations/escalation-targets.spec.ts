import { alertTargets } from './escalation-targets';

const HOLDERS = {
  handlerSubject: 'demo.hanoi.handler',
  agencyCode: '000.00.01.H26',
  receivingBranchId: 'hn-ba-dinh',
};

describe(alertTargets.name, () => {
  it('tells the handler when the dossier nears its due date', () => {
    expect(alertTargets('NEARING_DUE', HOLDERS)).toEqual([
      {
        audience: 'HANDLER',
        handlerSubject: 'demo.hanoi.handler',
        agencyCode: '000.00.01.H26',
        branchId: null,
      },
    ]);
  });

  it("tells the agency's head instead while nobody holds it", () => {
    expect(
      alertTargets('NEARING_DUE', { ...HOLDERS, handlerSubject: null }).map((t) => t.audience),
    ).toEqual(['AGENCY_HEAD']);
  });

  it('tells the head and the one-stop unit when it is overdue', () => {
    expect(alertTargets('OVERDUE', HOLDERS)).toEqual([
      expect.objectContaining({ audience: 'AGENCY_HEAD', agencyCode: '000.00.01.H26' }),
      expect.objectContaining({ audience: 'ONE_STOP', branchId: 'hn-ba-dinh' }),
    ]);
  });

  it('tells only the one-stop unit about a dossier not routed yet', () => {
    const unrouted = { handlerSubject: null, agencyCode: null, receivingBranchId: 'hn-ba-dinh' };
    expect(alertTargets('OVERDUE', unrouted).map((t) => t.audience)).toEqual(['ONE_STOP']);
    expect(alertTargets('NEARING_DUE', unrouted).map((t) => t.audience)).toEqual(['ONE_STOP']);
  });
});
