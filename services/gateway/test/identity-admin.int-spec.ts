import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  graphqlClient,
  postTokenRequest,
  startGatewayStack,
  type GatewayStack,
} from './support/gateway-stack';

/** Sở Tư pháp Hà Nội in the catalog's demo seed: the demo handler's and approver's agency. */
const TU_PHAP = '000.00.01.H26';

interface StaffMemberView {
  subject: string;
  displayName: string;
  roles: string[];
  branchIds: string[];
  agencyCodes: string[];
  active: boolean;
}
interface ApiClientView {
  clientId: string;
  name: string;
  scopes: string[];
  active: boolean;
  previousSecretValidUntil: string | null;
}
const STAFF_FIELDS = 'subject displayName roles branchIds agencyCodes active';
const CLIENT_FIELDS = 'clientId name scopes active previousSecretValidUntil';

const STAFF_MEMBERS = `query($all: Boolean) { staffMembers(includeInactive: $all) { ${STAFF_FIELDS} } }`;
const SAVE_STAFF = `mutation($input: SaveStaffMemberInput!) { saveStaffMember(input: $input) { ${STAFF_FIELDS} } }`;
const REGISTER = `mutation($name: String!, $scopes: [IntegratorScope!]!) {
  registerApiClient(name: $name, scopes: $scopes) { clientSecret client { ${CLIENT_FIELDS} } } }`;
const ROTATE = `mutation($id: String!, $grace: Int) {
  rotateApiClientSecret(clientId: $id, graceSeconds: $grace) { clientSecret client { ${CLIENT_FIELDS} } } }`;
const REVOKE = `mutation($id: String!) { revokeApiClient(clientId: $id) { ${CLIENT_FIELDS} } }`;

describe('gateway identity administration', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let receiver: Record<string, string>;
  let hcmcAdmin: Record<string, string>;
  const { data, errorCodes } = graphqlClient(() => gateway);

  const clientCredentials = (clientId: string, clientSecret: string, scope?: string) =>
    postTokenRequest(gateway, {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      ...(scope ? { scope } : {}),
    });

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_identity_admin',
      services: ['catalog', 'identity'],
      realms: ['hanoi', 'hcmc'],
    });
    gateway = stack.gateway;
    admin = await stack.staffAuth('demo.hanoi.admin');
    auditor = await stack.staffAuth('demo.hanoi.auditor');
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    hcmcAdmin = await stack.staffAuth('demo.hcmc.admin', 'hcmc');
  });

  afterAll(() => stack?.close());

  describe('staffMembers', () => {
    it("shows administrators and auditors their own tenant's staff with roles and units", async () => {
      for (const caller of [admin, auditor]) {
        const { staffMembers } = await data<{ staffMembers: StaffMemberView[] }>(
          STAFF_MEMBERS,
          {},
          caller,
        );
        expect(staffMembers.find((m) => m.subject === 'demo.hanoi.approver')).toEqual({
          subject: 'demo.hanoi.approver',
          displayName: 'Nguyễn Văn Khánh',
          roles: ['APPROVER'],
          branchIds: [],
          agencyCodes: [TU_PHAP],
          active: true,
        });
      }
      const { staffMembers } = await data<{ staffMembers: StaffMemberView[] }>(
        STAFF_MEMBERS,
        {},
        hcmcAdmin,
      );
      expect(staffMembers.map((m) => m.subject).every((s) => s.startsWith('demo.hcmc.'))).toBe(
        true,
      );
    });

    it('is FORBIDDEN to a receiver', async () => {
      expect(await errorCodes(STAFF_MEMBERS, {}, receiver)).toEqual(['FORBIDDEN']);
    });
  });

  describe('saveStaffMember', () => {
    it('lets an administrator give a member roles and units, which their next sign-in carries', async () => {
      const { saveStaffMember } = await data<{ saveStaffMember: StaffMemberView }>(
        SAVE_STAFF,
        {
          input: {
            subject: 'hanoi.kiem-toan',
            displayName: 'Kiều Văn Toàn',
            roles: ['AUDITOR', 'RECEIVER'],
            branchIds: ['hn-ba-dinh', 'hn-cau-giay'],
          },
        },
        admin,
      );
      expect(saveStaffMember).toEqual({
        subject: 'hanoi.kiem-toan',
        displayName: 'Kiều Văn Toàn',
        roles: ['AUDITOR', 'RECEIVER'],
        branchIds: ['hn-ba-dinh', 'hn-cau-giay'],
        agencyCodes: [],
        active: true,
      });

      const signedIn = await stack.staffAuth('hanoi.kiem-toan');
      const { staffMembers } = await data<{ staffMembers: StaffMemberView[] }>(
        STAFF_MEMBERS,
        {},
        signedIn,
      );
      expect(staffMembers.map((m) => m.subject)).toContain('hanoi.kiem-toan');
    });

    it('answers VALIDATION_FAILED for a branch the tenant does not have', async () => {
      const input = {
        subject: 'hanoi.sai-chi-nhanh',
        displayName: 'Sai Chi Nhánh',
        roles: ['RECEIVER'],
        branchIds: ['hcm-trung-tam'],
      };
      expect(await errorCodes(SAVE_STAFF, { input }, admin)).toEqual(['VALIDATION_FAILED']);
    });

    it('is FORBIDDEN to an auditor and to an administrator removing their own role', async () => {
      const self = { subject: 'demo.hanoi.admin', displayName: 'Phạm Quốc Tuấn' };
      expect(
        await errorCodes(SAVE_STAFF, { input: { ...self, roles: ['TENANT_ADMIN'] } }, auditor),
      ).toEqual(['FORBIDDEN']);
      expect(
        await errorCodes(SAVE_STAFF, { input: { ...self, roles: ['SUPERVISOR'] } }, admin),
      ).toEqual(['FORBIDDEN']);
    });
  });

  describe('API clients', () => {
    it('registers a client that signs in with its secret, rotates it and revokes it', async () => {
      const { registerApiClient } = await data<{
        registerApiClient: { clientSecret: string; client: ApiClientView };
      }>(
        REGISTER,
        { name: 'Cổng Dịch vụ công quốc gia', scopes: ['DOSSIER_READ', 'PUBLIC_READ'] },
        admin,
      );
      const { clientId } = registerApiClient.client;
      expect(registerApiClient.client).toEqual({
        clientId: expect.stringMatching(/^mc_/),
        name: 'Cổng Dịch vụ công quốc gia',
        scopes: ['DOSSIER_READ', 'PUBLIC_READ'],
        active: true,
        previousSecretValidUntil: null,
      });
      const { apiClients } = await data<{ apiClients: ApiClientView[] }>(
        `{ apiClients { ${CLIENT_FIELDS} } }`,
        {},
        admin,
      );
      expect(apiClients).toEqual([registerApiClient.client]);

      const first = await clientCredentials(
        clientId,
        registerApiClient.clientSecret,
        'dossier:read',
      );
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ token_type: 'Bearer', scope: 'dossier:read' });

      const { rotateApiClientSecret } = await data<{
        rotateApiClientSecret: { clientSecret: string; client: ApiClientView };
      }>(ROTATE, { id: clientId, grace: 0 }, admin);
      expect(rotateApiClientSecret.client.previousSecretValidUntil).toBeNull();
      expect((await clientCredentials(clientId, registerApiClient.clientSecret)).status).not.toBe(
        200,
      );
      expect((await clientCredentials(clientId, rotateApiClientSecret.clientSecret)).status).toBe(
        200,
      );

      const { revokeApiClient } = await data<{ revokeApiClient: ApiClientView }>(
        REVOKE,
        { id: clientId },
        admin,
      );
      expect(revokeApiClient.active).toBe(false);
      expect(
        (await clientCredentials(clientId, rotateApiClientSecret.clientSecret)).body,
      ).toMatchObject({
        error: 'invalid_client',
      });
    });

    it('is FORBIDDEN to anyone but the tenant administrators', async () => {
      const variables = { name: 'Kiosk', scopes: ['PUBLIC_READ'] };
      expect(await errorCodes(REGISTER, variables, auditor)).toEqual(['FORBIDDEN']);
      expect(await errorCodes(`{ apiClients { clientId } }`, {}, receiver)).toEqual(['FORBIDDEN']);
      const { apiClients } = await data<{ apiClients: ApiClientView[] }>(
        `{ apiClients { ${CLIENT_FIELDS} } }`,
        {},
        hcmcAdmin,
      );
      expect(apiClients).toEqual([]);
    });
  });
});
