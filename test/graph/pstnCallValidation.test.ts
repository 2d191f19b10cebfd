/** Call-log rows as real tenants send them: every property nullable, callType in any case. */
import { readPstnCall } from '../../src/graph/pstnCallValidation';

const PERSON = '03de33bb-51df-40de-889a-61949faae24f';

/** A conf_out call as the docs' pstnCallLogRow example shows it. */
const CALL = {
  id: '9e8bba57-dc14-533a-a7dd-f0da6575eed1',
  callId: '1835317186_112562680@61.221.3.176',
  userId: PERSON,
  userPrincipalName: 'ruwini.perera@contoso.com',
  userDisplayName: 'Ruwini Perera',
  startDateTime: '2026-10-02T09:15:00Z',
  endDateTime: '2026-10-02T09:17:01Z',
  duration: 121,
  charge: 0.25,
  currency: 'USD',
  callType: 'conf_out',
  destinationContext: 'International',
  destinationName: 'United Kingdom',
  usageCountryCode: 'US',
};

describe('readPstnCall', () => {
  it('reads a conf_out call of the person', () => {
    expect(readPstnCall(CALL, PERSON)).toEqual({
      call: {
        id: CALL.id,
        userId: PERSON,
        startDateTime: '2026-10-02T09:15:00.000Z',
        durationSeconds: 121,
        hasCharge: true,
        chargeMicros: 250_000,
        chargeRest: undefined,
        currency: 'USD',
        destinationContext: 'International',
        destinationName: 'United Kingdom',
        usageCountryCode: 'US',
      },
    });
  });

  it.each(['CONF_OUT', 'Conf_Out'])('compares callType %p case-insensitively', (callType) => {
    expect(readPstnCall({ ...CALL, callType }, PERSON)).toHaveProperty('call');
  });

  it.each([[{ callType: 'conf_in' }], [{ callType: null }], [{ userId: null }], [{ userId: 'someone-else' }]])('passes %p unread', (change) => {
    expect(readPstnCall({ ...CALL, ...change }, PERSON)).toEqual({ skip: true });
  });

  it('reads what Graph leaves out as unknown instead of failing', () => {
    const read = readPstnCall(
      { ...CALL, charge: null, currency: null, destinationContext: null, destinationName: null, usageCountryCode: null, duration: null },
      PERSON,
    );
    expect(read).toMatchObject({
      call: { hasCharge: false, chargeMicros: 0, currency: '', destinationContext: '', destinationName: '', usageCountryCode: '', durationSeconds: 0 },
    });
  });

  it('keeps a charge of more than six decimals exactly', () => {
    expect(readPstnCall({ ...CALL, charge: '0.123456789' }, PERSON)).toMatchObject({
      call: { chargeMicros: 123_456, chargeRest: { units: 789n, scale: 9 } },
    });
  });

  it.each([
    ['duration', { duration: -1 }],
    ['charge', { charge: 'free' }],
    ['id', { id: null }],
    ['startDateTime', { startDateTime: null }],
    ['(row)', null],
  ])('fails only on a broken %s', (field, change) => {
    const raw = change === null ? null : { ...CALL, ...change };
    expect(readPstnCall(raw, PERSON)).toEqual({ invalidField: field });
  });
});
