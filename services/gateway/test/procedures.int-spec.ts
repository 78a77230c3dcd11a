import { FixedClock } from '@motcua/platform';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

interface ProcedureView {
  code: string;
  version: number;
  status: string;
  name: string;
  durationDays: number;
  duration: { value: number; unit: string };
  validFrom: string | null;
  validTo: string | null;
  publishedAt: string | null;
}
interface ImportResultView {
  line: number;
  code: string | null;
  version: number | null;
  outcome: string;
  errors: { path: string; message: string }[];
}

/** "Today" in Vietnam for the catalog: 2026-01-09, 10:00 local time. */
const TODAY = new Date('2026-01-09T03:00:00.000Z');

const PROCEDURE_FIELDS = /* GraphQL */ `
  fragment ProcedureFields on Procedure {
    code
    version
    status
    name
    fieldCode
    fieldName
    level
    levels {
      level
      competentAgencyKind
    }
    durationDays
    duration {
      value
      unit
    }
    onlineDuration {
      value
      unit
    }
    fees {
      description
      amountVnd
    }
    components {
      name
      copies
      required
      digitizable
      reusable
    }
    resultType
    onlineLevel
    boundaryFreeScope
    legalBasis
    requiredAssuranceLevel
    validFrom
    validTo
    publishedAt
  }
`;
const PROCEDURE = /* GraphQL */ `
  query Procedure($code: String!, $asOf: String) {
    procedure(code: $code, asOf: $asOf) {
      ...ProcedureFields
    }
  }
  ${PROCEDURE_FIELDS}
`;
const SAVE_DRAFT = /* GraphQL */ `
  mutation Save($input: ProcedureDefinitionInput!) {
    saveProcedureDraft(input: $input) {
      ...ProcedureFields
    }
  }
  ${PROCEDURE_FIELDS}
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($code: String!, $version: Int!, $validFrom: String!) {
    publishProcedure(code: $code, version: $version, validFrom: $validFrom) {
      ...ProcedureFields
    }
  }
  ${PROCEDURE_FIELDS}
`;
const VERSIONS = /* GraphQL */ `
  query Versions($code: String!) {
    procedureVersions(code: $code) {
      version
      status
      validFrom
      validTo
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation Import($rows: [ProcedureImportRowInput!]!) {
    importProcedures(rows: $rows) {
      line
      code
      version
      outcome
      errors {
        path
        message
      }
    }
  }
`;
const EXPORT = /* GraphQL */ `
  query Export($first: Int, $after: String) {
    exportProcedures(first: $first, after: $after) {
      edges {
        cursor
        node {
          code
          version
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** A definition as an administrator types it; only the required fields unless overridden. */
function definition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: '9.000201',
    name: 'Cấp giấy phép thử nghiệm',
    fieldCode: 'G09-TN01',
    fieldName: 'Thử nghiệm',
    levels: [{ level: 'PROVINCE', competentAgencyKind: 'DEPARTMENT' }],
    duration: { value: 5, unit: 'WORKING_DAYS' },
    resultType: 'Giấy phép',
    onlineLevel: 'FULL',
    boundaryFreeScope: 'PROVINCE',
    ...overrides,
  };
}

describe('gateway procedures', () => {
  let stack: GatewayStack;
  const hanoi = { 'x-tenant': 'hanoi' };
  let admin: Record<string, string>;
  let receiver: Record<string, string>;
  const { gql, data, errorCodes } = graphqlClient(() => stack.gateway, hanoi);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_procedures',
      services: ['catalog', 'identity'],
      clock: new FixedClock(TODAY),
    });
    admin = await stack.staffAuth('demo.hanoi.admin');
    receiver = await stack.staffAuth('demo.hanoi.receiver');
  });

  afterAll(async () => {
    await stack?.close();
  });

  describe('procedures', () => {
    type Page = { procedures: { edges: { node: { code: string; name: string } }[] } };

    it('finds a procedure when the search is typed without diacritics', async () => {
      const { procedures } = await data<Page>(
        '{ procedures(search: "dang ky khai sinh") { edges { node { code name } } } }',
      );
      expect(procedures.edges.map((e) => e.node.name)).toContain('Đăng ký khai sinh');
    });

    it('filters by field and level when asked', async () => {
      type Filtered = {
        procedures: { edges: { node: { fieldCode: string; level: string } }[] };
      };
      const { procedures } = await data<Filtered>(
        '{ procedures(fieldCode: "G09-TP01", level: COMMUNE, first: 100) { edges { node { fieldCode level } } } }',
      );
      expect(procedures.edges.length).toBeGreaterThan(0);
      expect(
        procedures.edges.every(
          (e) => e.node.fieldCode === 'G09-TP01' && e.node.level === 'COMMUNE',
        ),
      ).toBe(true);
    });
  });

  describe('procedure', () => {
    it('answers the version in force on a day with its details', async () => {
      const { procedure } = await data<{ procedure: ProcedureView & Record<string, unknown> }>(
        PROCEDURE,
        { code: '1.001193', asOf: '2026-01-09' },
      );
      expect(procedure).toMatchObject({
        code: '1.001193',
        version: 1,
        status: 'PUBLISHED',
        name: 'Đăng ký khai sinh',
        fieldCode: 'G09-TP01',
        fieldName: 'Hộ tịch',
        level: 'COMMUNE',
        levels: [expect.objectContaining({ level: 'COMMUNE' })],
        durationDays: 1,
        duration: { value: 1, unit: expect.any(String) },
        fees: [expect.objectContaining({ amountVnd: 0 })],
        components: expect.any(Array),
        legalBasis: expect.any(Array),
        validFrom: '2025-07-01',
        validTo: null,
      });
    });

    it('names the e-ID assurance level a citizen needs online: 2 for business registration, else 1', async () => {
      const level = async (code: string) =>
        (await data<{ procedure: { requiredAssuranceLevel: number } }>(PROCEDURE, { code }))
          .procedure.requiredAssuranceLevel;
      expect(await level('2.001610')).toBe(2);
      expect(await level('1.001193')).toBe(1);
    });

    it('answers NOT_FOUND when the procedure is not in force on the day', async () => {
      const body = await gql(PROCEDURE, { code: '1.001193', asOf: '2025-06-30' });
      expect(body.data).toEqual({ procedure: null });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    });
  });

  describe('versions', () => {
    it('publishes drafts so that each day gets its own version', async () => {
      const first = await data<{ saveProcedureDraft: ProcedureView }>(
        SAVE_DRAFT,
        { input: definition() },
        admin,
      );
      expect(first.saveProcedureDraft).toMatchObject({
        version: 1,
        status: 'DRAFT',
        validFrom: null,
        publishedAt: null,
      });
      await data(PUBLISH, { code: '9.000201', version: 1, validFrom: '2026-01-09' }, admin);

      const second = await data<{ saveProcedureDraft: ProcedureView }>(
        SAVE_DRAFT,
        {
          input: definition({
            duration: { value: 2, unit: 'WORKING_DAYS' },
            onlineDuration: { value: 8, unit: 'HOURS' },
            fees: [{ description: 'Lệ phí', amountVnd: 100000 }],
            components: [{ name: 'Tờ khai', digitizable: true }],
            legalBasis: ['Nghị định 118/2025/NĐ-CP'],
          }),
        },
        admin,
      );
      expect(second.saveProcedureDraft).toMatchObject({ version: 2, status: 'DRAFT' });
      const { publishProcedure } = await data<{ publishProcedure: ProcedureView }>(
        PUBLISH,
        { code: '9.000201', version: 2, validFrom: '2026-02-01' },
        admin,
      );
      expect(publishProcedure).toMatchObject({
        status: 'PUBLISHED',
        validFrom: '2026-02-01',
        publishedAt: TODAY.toISOString(),
      });

      const before = await data<{ procedure: ProcedureView }>(PROCEDURE, {
        code: '9.000201',
        asOf: '2026-01-31',
      });
      const after = await data<{ procedure: Record<string, unknown> }>(PROCEDURE, {
        code: '9.000201',
        asOf: '2026-02-01',
      });
      expect(before.procedure).toMatchObject({
        version: 1,
        durationDays: 5,
        validTo: '2026-01-31',
      });
      expect(after.procedure).toMatchObject({
        version: 2,
        duration: { value: 2, unit: 'WORKING_DAYS' },
        onlineDuration: { value: 8, unit: 'HOURS' },
        fees: [{ description: 'Lệ phí', amountVnd: 100000 }],
        components: [
          { name: 'Tờ khai', copies: 1, required: true, digitizable: true, reusable: false },
        ],
        legalBasis: ['Nghị định 118/2025/NĐ-CP'],
      });

      const { procedureVersions } = await data<{ procedureVersions: ProcedureView[] }>(
        VERSIONS,
        { code: '9.000201' },
        admin,
      );
      expect(procedureVersions.map((v) => [v.version, v.status, v.validFrom, v.validTo])).toEqual([
        [1, 'PUBLISHED', '2026-01-09', '2026-01-31'],
        [2, 'PUBLISHED', '2026-02-01', null],
      ]);
    });

    it('answers VALIDATION_FAILED with the field when publishing into the past', async () => {
      await data(SAVE_DRAFT, { input: definition({ code: '9.000202' }) }, admin);
      const body = await gql(
        PUBLISH,
        { code: '9.000202', version: 1, validFrom: '2026-01-08' },
        admin,
      );
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'validFrom' })],
      });
    });

    it('answers VALIDATION_FAILED with the field when the catalog refuses a definition', async () => {
      const body = await gql(SAVE_DRAFT, { input: definition({ code: 'bad' }) }, admin);
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'definition.code' })],
      });
    });
  });

  describe('requiredAssuranceLevel', () => {
    it('is saved with a draft, 1 when the definition leaves it out', async () => {
      const level = async (input: Record<string, unknown>) =>
        (
          await data<{ saveProcedureDraft: { requiredAssuranceLevel: number } }>(
            SAVE_DRAFT,
            { input },
            admin,
          )
        ).saveProcedureDraft.requiredAssuranceLevel;
      expect(await level(definition({ code: '9.000251' }))).toBe(1);
      expect(await level(definition({ code: '9.000251', requiredAssuranceLevel: 2 }))).toBe(2);
    });

    it('answers VALIDATION_FAILED with the field for a level other than 1 or 2', async () => {
      const body = await gql(
        SAVE_DRAFT,
        { input: definition({ code: '9.000252', requiredAssuranceLevel: 3 }) },
        admin,
      );
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'definition.requiredAssuranceLevel' })],
      });
    });
  });

  describe('importProcedures', () => {
    it('reports a bad row with its line and field and creates the good ones', async () => {
      const row = (overrides: Record<string, unknown>) => ({
        ...definition(overrides),
        version: 1,
        validFrom: '2025-07-01',
      });
      const { importProcedures } = await data<{ importProcedures: ImportResultView[] }>(
        IMPORT,
        {
          rows: [
            row({ code: '9.000301' }),
            row({ code: '9.000302', duration: { value: -1, unit: 'WORKING_DAYS' } }),
            { ...row({ code: '9.000303' }), status: 'DRAFT', validFrom: null },
          ],
        },
        admin,
      );
      expect(importProcedures).toEqual([
        { line: 1, code: '9.000301', version: 1, outcome: 'CREATED', errors: [] },
        {
          line: 2,
          code: '9.000302',
          version: 1,
          outcome: 'INVALID',
          errors: [expect.objectContaining({ path: 'duration.value' })],
        },
        { line: 3, code: '9.000303', version: 1, outcome: 'CREATED', errors: [] },
      ]);
      const { procedure } = await data<{ procedure: ProcedureView }>(PROCEDURE, {
        code: '9.000301',
      });
      expect(procedure).toMatchObject({ version: 1, status: 'PUBLISHED', validFrom: '2025-07-01' });
    });

    it('answers VALIDATION_FAILED when given more than 500 rows', async () => {
      const rows = Array.from({ length: 501 }, () => ({ ...definition(), version: 1 }));
      const body = await gql(IMPORT, { rows }, admin);
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'rows' })],
      });
    });
  });

  describe('exportProcedures', () => {
    type Export = {
      exportProcedures: {
        edges: { cursor: string; node: { code: string; version: number } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };

    it('pages through every version with cursors', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { exportProcedures: page } = await data<Export>(EXPORT, { first: 7, after }, admin);
        expect(page.edges.length).toBeLessThanOrEqual(7);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        seen.push(...page.edges.map((e) => `${e.node.code}@${e.node.version}`));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen.length).toBeGreaterThan(7);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(['1.001193@1', '1.000894@1']));

      // Every edge's cursor is a position to resume from.
      const { exportProcedures: first } = await data<Export>(EXPORT, { first: 3 }, admin);
      const { exportProcedures: resumed } = await data<Export>(
        EXPORT,
        { first: 1, after: first.edges[1].cursor },
        admin,
      );
      expect(resumed.edges[0].node).toEqual(first.edges[2].node);
    });
  });

  describe('access', () => {
    const save = { input: definition({ code: '9.000401' }) };

    it('answers UNAUTHENTICATED when an anonymous caller administers procedures', async () => {
      expect(await errorCodes(SAVE_DRAFT, save)).toEqual(['UNAUTHENTICATED']);
      expect(await errorCodes(VERSIONS, { code: '1.001193' })).toEqual(['UNAUTHENTICATED']);
      expect(await errorCodes(EXPORT)).toEqual(['UNAUTHENTICATED']);
    });

    it('answers FORBIDDEN when staff without TENANT_ADMIN administer procedures', async () => {
      expect(await errorCodes(SAVE_DRAFT, save, receiver)).toEqual(['FORBIDDEN']);
      expect(
        await errorCodes(
          PUBLISH,
          { code: '1.001193', version: 1, validFrom: '2026-02-01' },
          receiver,
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        await errorCodes(IMPORT, { rows: [{ ...definition(), version: 1 }] }, receiver),
      ).toEqual(['FORBIDDEN']);
      expect(await errorCodes(VERSIONS, { code: '1.001193' }, receiver)).toEqual(['FORBIDDEN']);
      expect(await errorCodes(EXPORT, {}, receiver)).toEqual(['FORBIDDEN']);
    });

    it('answers FORBIDDEN when a citizen or an administrator of another tenant saves a draft', async () => {
      const citizen = {
        authorization: await stack.tokenFor('citizen.nguyen-van-an', stack.idp.issuers.citizen),
        'x-tenant': 'hanoi',
      };
      expect(await errorCodes(SAVE_DRAFT, save, citizen)).toEqual(['FORBIDDEN']);
      expect(await errorCodes(SAVE_DRAFT, save, { ...admin, 'x-tenant': 'hcmc' })).toEqual([
        'FORBIDDEN',
      ]);
    });
  });
});
