import { DomainError, ErrorCode, type Agency, type AdministrativeUnit } from '@motcua/contracts';
import type { CatalogClient } from '@motcua/platform';
import { CompetentAgencyService } from './competent-agency.service';

const UNIT: AdministrativeUnit = {
  code: '00070',
  tenant: 'hanoi',
  name: 'Phường Hoàn Kiếm',
  level: 'COMMUNE',
  parentCode: '01',
  region: null,
  validFrom: '2025-07-01',
  validTo: null,
  successorCode: null,
};

function committee(code: string): Agency {
  return {
    code,
    tenant: 'hanoi',
    name: `UBND ${code}`,
    kind: 'COMMUNE_COMMITTEE',
    unitCode: '00070',
  };
}

/** A stand-in for the catalog client: only what the service calls. */
function service(
  catalog: Partial<Pick<CatalogClient, 'getUnit' | 'listAgencies'>>,
): CompetentAgencyService {
  return new CompetentAgencyService(catalog as CatalogClient);
}

describe(CompetentAgencyService.name, () => {
  describe('jurisdictionUnit', () => {
    it('turns a catalog NOT_FOUND into a reason to hold', async () => {
      const s = service({
        getUnit: () => Promise.reject(new DomainError(ErrorCode.NotFound, 'nope')),
      });
      await expect(s.jurisdictionUnit('hanoi', '99999', '2026-01-05')).resolves.toEqual({
        found: false,
        reason: 'jurisdiction unit 99999 is not in the catalog',
      });
    });

    it.each([ErrorCode.Timeout, ErrorCode.Unavailable, ErrorCode.Internal])(
      'throws when the catalog fails with %s, so the event is redelivered',
      async (code) => {
        const s = service({
          getUnit: () => Promise.reject(new DomainError(code, 'catalog trouble')),
        });
        await expect(s.jurisdictionUnit('hanoi', '00070', '2026-01-05')).rejects.toMatchObject({
          code,
        });
      },
    );
  });

  describe('agencyFor', () => {
    it('names the fixed agency of an AGENCY rule when the catalog knows it', async () => {
      const agency: Agency = {
        code: '000.00.01.H26',
        tenant: 'hanoi',
        name: 'Sở Tư pháp',
        kind: 'DEPARTMENT',
        unitCode: null,
      };
      const listAgencies = jest.fn().mockResolvedValue([agency]);
      const s = service({ listAgencies });
      await expect(
        s.agencyFor('hanoi', { kind: 'AGENCY', agencyCode: agency.code }, UNIT),
      ).resolves.toEqual({ found: true, agency });
      expect(listAgencies).toHaveBeenCalledWith('hanoi', { codes: [agency.code] });
    });

    it('explains when the fixed agency is unknown', async () => {
      const s = service({ listAgencies: () => Promise.resolve([]) });
      await expect(
        s.agencyFor('hanoi', { kind: 'AGENCY', agencyCode: '000.00.99.H26' }, UNIT),
      ).resolves.toEqual({
        found: false,
        reason: 'agency 000.00.99.H26 is not in the catalog',
      });
    });

    it("asks for the commune committee of the jurisdiction unit when the rule targets the jurisdiction's committee", async () => {
      const listAgencies = jest.fn().mockResolvedValue([committee('000.A0.02.H26')]);
      const s = service({ listAgencies });
      await expect(
        s.agencyFor('hanoi', { kind: 'JURISDICTION_COMMITTEE' }, UNIT),
      ).resolves.toMatchObject({
        found: true,
        agency: { code: '000.A0.02.H26' },
      });
      expect(listAgencies).toHaveBeenCalledWith('hanoi', {
        unitCode: '00070',
        kind: 'COMMUNE_COMMITTEE',
      });
    });

    it('does not guess when no committee or several committees serve the unit', async () => {
      await expect(
        service({ listAgencies: () => Promise.resolve([]) }).agencyFor(
          'hanoi',
          { kind: 'JURISDICTION_COMMITTEE' },
          UNIT,
        ),
      ).resolves.toMatchObject({
        found: false,
        reason: expect.stringContaining('no commune People'),
      });
      await expect(
        service({
          listAgencies: () => Promise.resolve([committee('A'), committee('B')]),
        }).agencyFor('hanoi', { kind: 'JURISDICTION_COMMITTEE' }, UNIT),
      ).resolves.toMatchObject({ found: false, reason: expect.stringContaining('several') });
    });

    it('throws when listing agencies fails', async () => {
      const s = service({
        listAgencies: () => Promise.reject(new DomainError(ErrorCode.Timeout, 'slow')),
      });
      await expect(
        s.agencyFor('hanoi', { kind: 'AGENCY', agencyCode: '000.00.01.H26' }, UNIT),
      ).rejects.toMatchObject({
        code: ErrorCode.Timeout,
      });
    });
  });
});
