import { SmtpSink } from '@motcua/testing';
import { SmtpEmailChannel } from './smtp-email.channel';

describe(SmtpEmailChannel.name, () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
  });

  afterAll(async () => {
    await sink?.close();
  });

  describe('send', () => {
    it('delivers a Vietnamese subject and body intact through the relay', async () => {
      const channel = new SmtpEmailChannel({
        url: sink.url,
        from: 'Một cửa <no-reply@motcua.test>',
        timeoutMs: 5000,
      });
      const long =
        'Hồ sơ 000.00.00.H26-260105-0001 (Đăng ký khai sinh) đã được tiếp nhận lúc 05/01/2026 10:00. '.repeat(
          3,
        );
      await channel.send({
        deliveryId: 'd-1',
        to: 'nguyen.van.a@example.vn',
        subject:
          'Hồ sơ 000.00.00.H26-260105-0001 đã được tiếp nhận — thông báo từ Trung tâm Phục vụ hành chính công',
        text: `Kính gửi Nguyễn Văn A,\n\n${long}`,
        reference: '000.00.00.H26-260105-0001',
      });
      channel.close();
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0]).toMatchObject({
        from: 'no-reply@motcua.test',
        to: ['nguyen.van.a@example.vn'],
        subject:
          'Hồ sơ 000.00.00.H26-260105-0001 đã được tiếp nhận — thông báo từ Trung tâm Phục vụ hành chính công',
        text: `Kính gửi Nguyễn Văn A,\n\n${long}`,
      });
      expect(sink.messages[0].headers['x-motcua-delivery']).toBe('d-1');
    });

    it('rejects when no relay listens', async () => {
      const closed = await SmtpSink.start();
      const url = closed.url;
      await closed.close();
      const channel = new SmtpEmailChannel({ url, from: 'no-reply@motcua.test', timeoutMs: 2000 });
      await expect(
        channel.send({ deliveryId: 'd-2', to: 'a@b.vn', subject: 's', text: 't', reference: 'r' }),
      ).rejects.toThrow();
    });
  });
});
