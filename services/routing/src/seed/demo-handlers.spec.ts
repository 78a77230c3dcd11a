// This TEST reads the identity and catalog seeds by relative path to check that the seeds agree.
// Production code in services/routing must never import another service.
import { DEMO_AGENCIES } from '../../../catalog/src/seed';
import { DEMO_STAFF } from '../../../identity/src/seed/demo-staff';
import { DEMO_HANDLERS } from './demo-handlers';

describe('demo handlers', () => {
  it.each(DEMO_HANDLERS.map((h) => [h.subject, h]))(
    '%s is a HANDLER of the identity seed, with the same name and agency',
    (_subject, handler) => {
      const staff = DEMO_STAFF.find(
        (s) => s.tenant === handler.tenant && s.subject === handler.subject,
      );
      expect(staff).toMatchObject({
        displayName: handler.displayName,
        agencyCodes: [handler.agencyCode],
        roles: expect.arrayContaining(['HANDLER']) as unknown,
      });
    },
  );

  it('every demo HANDLER of the identity seed is on the roster', () => {
    const handlers = DEMO_STAFF.filter((s) => s.roles.includes('HANDLER')).map((s) => s.subject);
    expect(DEMO_HANDLERS.map((h) => h.subject).sort()).toEqual([...handlers].sort());
  });

  it.each(DEMO_HANDLERS.map((h) => [h.subject, h]))(
    "%s's skills are fields their agency decides",
    (_subject, handler) => {
      const agency = DEMO_AGENCIES.find(
        (a) => a.tenant === handler.tenant && a.code === handler.agencyCode,
      );
      expect(agency?.fieldCodes).toEqual(expect.arrayContaining(handler.fieldCodes ?? []));
    },
  );
});
