import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook, WEBHOOK_TOLERANCE_SECONDS } from './webhook-signature';

const secret = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
const body = '{"type":"vn.motcua.dossier.received.v1","data":{"code":"X"}}';
const at = new Date('2026-01-05T03:00:00Z');

describe(signWebhook.name, () => {
  it('signs `${id}.${timestamp}.${body}` with HMAC-SHA256 of the decoded secret', async () => {
    const headers = await signWebhook(secret, id, body, at);
    const expected = createHmac('sha256', Buffer.from('0123456789abcdef0123456789abcdef'))
      .update(`${id}.1767582000.${body}`)
      .digest('base64');
    expect(headers).toEqual({
      'webhook-id': id,
      'webhook-timestamp': '1767582000',
      'webhook-signature': `v1,${expected}`,
    });
  });
});

describe(verifyWebhook.name, () => {
  it('accepts its own signature within the tolerance', async () => {
    const headers = await signWebhook(secret, id, body, at);
    const later = new Date(at.getTime() + (WEBHOOK_TOLERANCE_SECONDS - 1) * 1000);
    expect(await verifyWebhook(secret, headers, body, later)).toEqual({ ok: true });
  });

  it('accepts when one of several signatures matches (secret rotation)', async () => {
    const headers = await signWebhook(secret, id, body, at);
    const both = { ...headers, 'webhook-signature': `v1,AAAA ${headers['webhook-signature']}` };
    expect(await verifyWebhook(secret, both, body, at)).toEqual({ ok: true });
  });

  it('rejects a stale timestamp even with a valid signature', async () => {
    const headers = await signWebhook(secret, id, body, at);
    const late = new Date(at.getTime() + (WEBHOOK_TOLERANCE_SECONDS + 1) * 1000);
    expect(await verifyWebhook(secret, headers, body, late)).toEqual({
      ok: false,
      reason: 'STALE_TIMESTAMP',
    });
  });

  it('rejects a tampered body', async () => {
    const headers = await signWebhook(secret, id, body, at);
    expect(await verifyWebhook(secret, headers, body.replace('"X"', '"Y"'), at)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('rejects another delivery id, another secret and missing headers', async () => {
    const headers = await signWebhook(secret, id, body, at);
    const other = `whsec_${Buffer.from('another secret of 32 bytes......').toString('base64')}`;
    expect(await verifyWebhook(secret, { ...headers, 'webhook-id': 'msg_2' }, body, at)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect((await verifyWebhook(other, headers, body, at)).ok).toBe(false);
    expect(await verifyWebhook(secret, { 'webhook-id': id }, body, at)).toEqual({
      ok: false,
      reason: 'MISSING_HEADERS',
    });
  });
});
