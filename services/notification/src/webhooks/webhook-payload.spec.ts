import { receivedEvent } from '@motcua/testing';
import { webhookBody } from './webhook-payload';

describe(webhookBody.name, () => {
  it('masks phone, e-mail and personal IDs and drops the trace context', () => {
    const event = {
      ...receivedEvent(),
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    };
    const body = JSON.parse(webhookBody(event)) as typeof event;
    const { phone, email } = event.data.applicant;
    expect(body.traceparent).toBeUndefined();
    expect(body.id).toBe(event.id);
    expect(body.type).toBe('vn.motcua.dossier.received.v1');
    expect(body.data.code).toBe(event.data.code);
    expect(body.data.applicant.phone).toBe(`${phone.slice(0, 3)}*****${phone.slice(-2)}`);
    expect(body.data.applicant.email).toMatch(/^.\*\*\*@/);
    expect(JSON.stringify(body)).not.toContain(phone);
    expect(JSON.stringify(body)).not.toContain(email!);
  });

  it('masks a full personal ID nested anywhere', () => {
    const event = receivedEvent();
    const handedOver = {
      ...event,
      data: { ...event.data, applicant: { ...event.data.applicant, personalId: '001203004567' } },
    };
    expect(webhookBody(handedOver)).toContain('"personalId":"*********567"');
    expect(webhookBody(handedOver)).not.toContain('001203004567');
  });
});
