import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HttpSink, demoRequiredComponents, waitFor } from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

/** Birth registration: level 1, received at the counter. */
const PROCEDURE = '1.001193';
const APPLICANT = { account: 'citizen.tran-van-binh', personalId: '001088044444' };
const OTHER = { account: 'citizen.do-thi-mai', personalId: '001192033333' };

const TEMPLATE_FIELDS = 'eventType channel language version subject body variables createdBy';
const SAVE = `mutation($input: SaveNotificationTemplateInput!) {
  saveNotificationTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
const VERSIONS = `query($e: NotificationEventType!, $c: ApplicantChannel!, $l: NotificationLanguage!) {
  notificationTemplateVersions(eventType: $e, channel: $c, language: $l) { version body } }`;
const TEMPLATES = `query($e: NotificationEventType) {
  notificationTemplates(eventType: $e) { channel language version } }`;
const PREFERENCES = `mutation($code: String!, $channels: [ApplicantChannel!]!, $l: NotificationLanguage!) {
  setNotificationPreferences(dossierCode: $code, channels: $channels, language: $l) {
    dossierCode channels language } }`;
const SUBMIT = `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }`;

/** Templates and preferences through GraphQL, against the real notification and reception. */
describe('gateway notification administration', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let sms: HttpSink;
  let admin: Record<string, string>;
  let receiver: Record<string, string>;
  const { data, errorCodes, gql } = graphqlClient(() => gateway);
  const citizen = async (account: string) => ({
    authorization: await stack.tokenFor(account, stack.idp.issuers.citizen),
    'x-tenant': 'hanoi',
  });
  const submit = async (phone: string) =>
    (
      await data<{ submitDossier: { code: string } }>(
        SUBMIT,
        {
          input: {
            idempotencyKey: `notify-${randomUUID()}`,
            procedureCode: PROCEDURE,
            components: demoRequiredComponents(PROCEDURE),
            branchId: 'hn-ba-dinh',
            applicant: { fullName: 'Trần Văn Bình', personalId: APPLICANT.personalId, phone },
          },
        },
        receiver,
      )
    ).submitDossier.code;

  beforeAll(async () => {
    sms = await HttpSink.start();
    stack = await startGatewayStack({
      database: 'gateway_notification_admin',
      services: ['catalog', 'identity', 'reception', 'notification'],
      realms: ['hanoi'],
      idpAccounts: {
        [APPLICANT.account]: { name: 'Trần Văn Bình', personalId: APPLICANT.personalId },
        [OTHER.account]: { name: 'Đỗ Thị Mai', personalId: OTHER.personalId },
      },
      notificationEnv: { SMS_GATEWAY_URL: `${sms.url}/sms`, NOTIFY_POLL_MS: '60000' },
    });
    gateway = stack.gateway;
    admin = await stack.staffAuth('demo.hanoi.admin');
    receiver = await stack.staffAuth('demo.hanoi.receiver');
  });

  afterAll(async () => {
    await stack?.close();
    await sms?.close();
  });

  it('lets an administrator save a version that the next SMS is rendered from', async () => {
    const { saveNotificationTemplate } = await data<{
      saveNotificationTemplate: { version: number; variables: string[]; createdBy: string };
    }>(
      SAVE,
      {
        input: {
          eventType: 'DOSSIER_RECEIVED',
          channel: 'SMS',
          language: 'VI',
          body: 'Ha Noi: ho so {code} da tiep nhan, hen tra {dueAt}.',
        },
      },
      admin,
    );
    expect(saveNotificationTemplate).toMatchObject({
      version: 1,
      createdBy: 'demo.hanoi.admin',
      variables: ['fullName', 'code', 'procedureName', 'receivedAt', 'dueAt'],
    });
    const { notificationTemplateVersions } = await data<{
      notificationTemplateVersions: { version: number }[];
    }>(VERSIONS, { e: 'DOSSIER_RECEIVED', c: 'SMS', l: 'VI' }, admin);
    expect(notificationTemplateVersions.map((v) => v.version)).toEqual([1, 0]);
    const { notificationTemplates } = await data<{
      notificationTemplates: { channel: string; language: string; version: number }[];
    }>(TEMPLATES, { e: 'DOSSIER_RECEIVED' }, admin);
    expect(notificationTemplates).toContainEqual({ channel: 'SMS', language: 'VI', version: 1 });

    const phone = '0912000111';
    const code = await submit(phone);
    const texts = await waitFor(
      () => {
        const sent = sms.accepted
          .filter((r) => (r.body as { to?: string }).to === phone)
          .map((r) => (r.body as { text: string }).text);
        return sent.length > 0 && sent;
      },
      { what: 'the receipt SMS' },
    );
    expect(texts).toEqual([
      expect.stringMatching(new RegExp(`^Ha Noi: ho so ${code} da tiep nhan`)),
    ]);
  });

  it('refuses an unknown variable with VALIDATION_FAILED and non-administrators with FORBIDDEN', async () => {
    const input = {
      eventType: 'DOSSIER_ROUTED',
      channel: 'SMS',
      language: 'EN',
      body: 'Dossier {code} at {agency}',
    };
    const body = await gql(SAVE, { input }, admin);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['VALIDATION_FAILED']);
    expect(body.errors?.[0].message).toContain('unknown variable {agency}');
    expect(await errorCodes(SAVE, { input }, receiver)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(TEMPLATES, {}, receiver)).toEqual(['FORBIDDEN']);
    const { notificationTemplateVersions } = await data<{
      notificationTemplateVersions: { version: number }[];
    }>(VERSIONS, { e: 'DOSSIER_ROUTED', c: 'SMS', l: 'EN' }, admin);
    expect(notificationTemplateVersions.map((v) => v.version)).toEqual([0]);
  });

  it('lets the applicant set preferences of their dossier, and nobody else', async () => {
    const code = await submit('0912000222');
    const { setNotificationPreferences } = await data<{
      setNotificationPreferences: { dossierCode: string; channels: string[]; language: string };
    }>(PREFERENCES, { code, channels: ['SMS'], l: 'EN' }, await citizen(APPLICANT.account));
    expect(setNotificationPreferences).toEqual({
      dossierCode: code,
      channels: ['SMS'],
      language: 'EN',
    });
    const vars = { code, channels: [], l: 'VI' };
    expect(await errorCodes(PREFERENCES, vars, await citizen(OTHER.account))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await errorCodes(PREFERENCES, vars, receiver)).toEqual(['FORBIDDEN']);
  });
});
