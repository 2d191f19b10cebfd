import { rolesOfToken } from '../../src/graph/tokenRoles';

const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('rolesOfToken', () => {
  it('reads the roles claim of a JWT payload without checking the signature', () => {
    expect(rolesOfToken(`${part({ alg: 'RS256' })}.${part({ roles: ['CallRecords.Read.All', 'User.Read.All'] })}.c2ln`)).toEqual(['CallRecords.Read.All', 'User.Read.All']);
  });

  it('gives no roles for a JWT without the claim, and undefined for a token that is not a readable JWT', () => {
    expect(rolesOfToken(`${part({ alg: 'RS256' })}.${part({ aud: 'https://graph.microsoft.com' })}.c2ln`)).toEqual([]);
    expect(rolesOfToken('opaque-token')).toBeUndefined();
    expect(rolesOfToken('a.%%%.c')).toBeUndefined();
  });
});
