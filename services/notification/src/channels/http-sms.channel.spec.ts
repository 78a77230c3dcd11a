import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpSink } from '@motcua/testing';
import { HttpSmsChannel, SmsGatewayError } from './http-sms.channel';

const message = {
  deliveryId: '6f1c2f0e-0000-4000-8000-000000000001',
  to: '0912345678',
  subject: null,
  text: 'Hồ sơ X đã được tiếp nhận.',
  reference: 'X',
};

describe(HttpSmsChannel.name, () => {
  let sink: HttpSink;

  beforeAll(async () => {
    sink = await HttpSink.start();
  });

  afterAll(async () => {
    await sink?.close();
  });

  describe('send', () => {
    it('posts { to, text, reference } as JSON with the delivery id as Idempotency-Key', async () => {
      await new HttpSmsChannel({ url: `${sink.url}/sms`, timeoutMs: 5000 }).send(message);
      const request = sink.requests.at(-1);
      expect(request).toMatchObject({
        method: 'POST',
        path: '/sms',
        body: { to: '0912345678', text: 'Hồ sơ X đã được tiếp nhận.', reference: 'X' },
        status: 200,
      });
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.headers['idempotency-key']).toBe(message.deliveryId);
    });

    it('rejects with the status when the gateway answers non-2xx', async () => {
      sink.failNext(1);
      await expect(
        new HttpSmsChannel({ url: sink.url, timeoutMs: 5000 }).send(message),
      ).rejects.toThrow(SmsGatewayError);
      expect(sink.requests.at(-1)?.status).toBe(500);
    });

    it('rejects when the gateway does not answer within the timeout', async () => {
      const silent: Server = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      try {
        await expect(
          new HttpSmsChannel({ url, timeoutMs: 200 }).send(message),
        ).rejects.toMatchObject({ name: 'TimeoutError' });
      } finally {
        silent.closeAllConnections();
        await new Promise((resolve) => silent.close(resolve));
      }
    });
  });
});
