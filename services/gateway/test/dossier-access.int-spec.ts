import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { demoRequiredComponents } from '@motcua/testing';
import {
  graphqlClient,
  postTokenRequest,
  startGatewayStack,
  type GatewayStack,
  type PlatformTokens,
} from './support/gateway-stack';

/** Level 2 online (business registration), and level 1 (birth registration). */
const LEVEL_2 = '2.001610';
const LEVEL_1 = '1.001193';
const APPLICANT = { account: 'citizen.le-thi-hoa', personalId: '001190077777' };
const REPRESENTATIVE = { account: 'citizen.pham-van-duc', personalId: '001085066666' };
const BASIC = { account: 'citizen.basic', personalId: '001170055555' };

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
      applicantVerifiedLevel
      representativePersonalIdMasked
    }
  }
`;
const MY_DOSSIERS = /* GraphQL */ `
  query Mine($first: Int, $after: String) {
    myDossiers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          code
          applicantVerifiedLevel
          routing {
            reason
          }
          interAgencySteps {
            title
          }
        }
      }
    }
  }
`;
const DOSSIER = /* GraphQL */ `
  query Dossier($code: String!, $purpose: String) {
    dossier(code: $code, purpose: $purpose) {
      code
      applicant {
        personalIdMasked
      }
    }
  }
`;
const ACCESS_LOG = /* GraphQL */ `
  query Log($dossierCode: String, $first: Int, $after: String) {
    personalDataAccessLog(dossierCode: $dossierCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          dossierCode
          actorKind
          actorSubject
          basis
          purpose
          operation
        }
      }
    }
  }
`;

const input = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: `access-${randomUUID()}`,
  procedureCode: LEVEL_2,
  components: demoRequiredComponents(LEVEL_2),
  branchId: 'hn-ba-dinh',
  applicant: { fullName: 'Lê Thị Hoa', personalId: APPLICANT.personalId, phone: '0912345670' },
  ...overrides,
});

interface LogEntry {
  dossierCode: string;
  actorKind: string;
  actorSubject: string;
  basis: string;
  purpose: string | null;
  operation: string;
}

/**
 * Reading dossiers through the gateway (DOMAIN §7): citizens list their own, every staff or API
 * client read is logged with its purpose, auditors and supervisors query that log, and a citizen
 * signed in below a procedure's e-ID level is refused.
 */
describe('gateway dossier access', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let receiver: Record<string, string>;
  let auditor: Record<string, string>;
  let applicant: Record<string, string>;
  let representative: Record<string, string>;
  const { data, errorCodes } = graphqlClient(() => gateway);
  const citizen = async (account: string) => ({
    authorization: await stack.tokenFor(account, stack.idp.issuers.citizen),
    'x-tenant': 'hanoi',
  });

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_dossier_access',
      services: ['catalog', 'identity', 'reception'],
      realms: ['hanoi'],
      idpAccounts: {
        [APPLICANT.account]: { name: 'Lê Thị Hoa', personalId: APPLICANT.personalId },
        [REPRESENTATIVE.account]: { name: 'Phạm Văn Đức', personalId: REPRESENTATIVE.personalId },
        [BASIC.account]: { name: 'Công dân cấp một', personalId: BASIC.personalId, assurance: 1 },
      },
    });
    gateway = stack.gateway;
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    auditor = await stack.staffAuth('demo.hanoi.auditor');
    applicant = await citizen(APPLICANT.account);
    representative = await citizen(REPRESENTATIVE.account);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('lists a citizen’s own dossiers, newest first, as applicant or as representative', async () => {
    const online = await data<{ submitDossier: { code: string; applicantVerifiedLevel: number } }>(
      SUBMIT,
      { input: input({ channel: 'ONLINE' }) },
      applicant,
    );
    expect(online.submitDossier.applicantVerifiedLevel).toBe(2);
    const counter = await data<{
      submitDossier: { code: string; representativePersonalIdMasked: string };
    }>(SUBMIT, { input: input({ representativePersonalId: REPRESENTATIVE.personalId }) }, receiver);
    expect(counter.submitDossier.representativePersonalIdMasked).toBe('*********666');

    type Page = {
      myDossiers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: {
          cursor: string;
          node: { code: string; routing: unknown; interAgencySteps: unknown[] };
        }[];
      };
    };
    const first = await data<Page>(MY_DOSSIERS, { first: 1 }, applicant);
    expect(first.myDossiers).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await data<Page>(
      MY_DOSSIERS,
      { first: 1, after: first.myDossiers.edges[0].cursor },
      applicant,
    );
    expect(
      [...first.myDossiers.edges, ...second.myDossiers.edges].map((e) => e.node.code).sort(),
    ).toEqual([online.submitDossier.code, counter.submitDossier.code].sort());
    expect(second.myDossiers.pageInfo.hasNextPage).toBe(false);
    // Routing's working data (rules, reasons, step handlers) is for staff: empty, not an error.
    for (const { node } of [...first.myDossiers.edges, ...second.myDossiers.edges])
      expect(node).toMatchObject({ routing: null, interAgencySteps: [] });

    const theirs = await data<Page>(MY_DOSSIERS, {}, representative);
    expect(theirs.myDossiers.edges.map((e) => e.node.code)).toEqual([counter.submitDossier.code]);
    await expect(
      data(DOSSIER, { code: counter.submitDossier.code }, representative),
    ).resolves.toMatchObject({ dossier: { code: counter.submitDossier.code } });
    // Staff have no dossiers of their own; another citizen does not see this one.
    expect(await errorCodes(MY_DOSSIERS, {}, receiver)).toEqual(['FORBIDDEN']);
    expect(
      await errorCodes(DOSSIER, { code: online.submitDossier.code }, await citizen(BASIC.account)),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses a level-1 sign-in for a level-2 procedure with ASSURANCE_TOO_LOW, not a level-1 one', async () => {
    const basic = await citizen(BASIC.account);
    const applicantOf = {
      fullName: 'Công dân cấp một',
      personalId: BASIC.personalId,
      phone: '0912345671',
    };
    expect(
      await errorCodes(
        SUBMIT,
        { input: input({ channel: 'ONLINE', applicant: applicantOf }) },
        basic,
      ),
    ).toEqual(['ASSURANCE_TOO_LOW']);
    const accepted = await data<{ submitDossier: { applicantVerifiedLevel: number } }>(
      SUBMIT,
      {
        input: input({
          channel: 'ONLINE',
          applicant: applicantOf,
          procedureCode: LEVEL_1,
          components: demoRequiredComponents(LEVEL_1),
        }),
      },
      basic,
    );
    expect(accepted.submitDossier.applicantVerifiedLevel).toBe(1);
    const mine = await data<{ myDossiers: { totalCount: number } }>(MY_DOSSIERS, {}, basic);
    expect(mine.myDossiers.totalCount).toBe(1);
  });

  it('logs staff and API client reads with their purpose for auditors, who change nothing', async () => {
    const { submitDossier } = await data<{ submitDossier: { code: string } }>(
      SUBMIT,
      { input: input() },
      receiver,
    );
    const code = submitDossier.code;
    const admin = await stack.staffAuth('demo.hanoi.admin');
    const registered = await data<{
      registerApiClient: { clientSecret: string; client: { clientId: string } };
    }>(
      `mutation { registerApiClient(name: "Cổng DVC quốc gia", scopes: [DOSSIER_READ]) { clientSecret client { clientId } } }`,
      {},
      admin,
    );
    const tokenRes = await postTokenRequest(gateway, {
      grant_type: 'client_credentials',
      client_id: registered.registerApiClient.client.clientId,
      client_secret: registered.registerApiClient.clientSecret,
    });
    expect(tokenRes.status).toBe(200);
    const portal = { authorization: `Bearer ${(tokenRes.body as PlatformTokens).access_token}` };

    await data(DOSSIER, { code, purpose: 'applicant called' }, receiver);
    await data(DOSSIER, { code, purpose: 'portal sync' }, portal);
    await data(DOSSIER, { code, purpose: 'quarterly audit' }, auditor);
    await data(DOSSIER, { code }, applicant); // the applicant's own read: not logged
    // A tenant administrator alone reads no personal data.
    expect(await errorCodes(DOSSIER, { code }, admin)).toEqual(['FORBIDDEN']);
    // The auditor reads, and changes nothing.
    expect(
      await errorCodes(
        `mutation($code: String!) { refuseDossier(code: $code, reasons: ["x"]) { code } }`,
        { code },
        auditor,
      ),
    ).toEqual(['FORBIDDEN']);

    type Log = {
      personalDataAccessLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { cursor: string; node: LogEntry }[];
      };
    };
    const log = await data<Log>(ACCESS_LOG, { dossierCode: code }, auditor);
    const entries = log.personalDataAccessLog.edges.map((e) => e.node);
    expect(entries).toHaveLength(3);
    expect(entries).toEqual(
      expect.arrayContaining([
        {
          dossierCode: code,
          actorKind: 'STAFF',
          actorSubject: 'demo.hanoi.receiver',
          basis: 'RECEIVING_BRANCH',
          purpose: 'applicant called',
          operation: 'VIEW',
        },
        {
          dossierCode: code,
          actorKind: 'INTEGRATOR',
          actorSubject: registered.registerApiClient.client.clientId,
          basis: 'INTEGRATOR',
          purpose: 'portal sync',
          operation: 'VIEW',
        },
        {
          dossierCode: code,
          actorKind: 'STAFF',
          actorSubject: 'demo.hanoi.auditor',
          basis: 'AUDIT',
          purpose: 'quarterly audit',
          operation: 'VIEW',
        },
      ]),
    );
    const paged = await data<Log>(ACCESS_LOG, { dossierCode: code, first: 2 }, auditor);
    expect(paged.personalDataAccessLog.pageInfo.hasNextPage).toBe(true);
    const rest = await data<Log>(
      ACCESS_LOG,
      { dossierCode: code, first: 2, after: paged.personalDataAccessLog.edges[1].cursor },
      auditor,
    );
    expect(rest.personalDataAccessLog.edges).toHaveLength(1);
    expect(
      [...paged.personalDataAccessLog.edges, ...rest.personalDataAccessLog.edges]
        .map((e) => e.node.purpose)
        .sort(),
    ).toEqual(['applicant called', 'portal sync', 'quarterly audit']);

    const supervisor = await stack.staffAuth('demo.hanoi.supervisor');
    await expect(data<Log>(ACCESS_LOG, { dossierCode: code }, supervisor)).resolves.toMatchObject({
      personalDataAccessLog: { totalCount: 3 },
    });
    for (const who of [receiver, admin, applicant, portal]) {
      expect(await errorCodes(ACCESS_LOG, { dossierCode: code }, who)).toEqual(['FORBIDDEN']);
    }
  });
});
