import { describe, expect, it } from 'vitest';
import { flowManifests } from '../../../../renderer/flows/manifests';

describe('flow manifests', () => {
  it('every flow folder is found, with the routes the kiosk has always had', () => {
    expect(flowManifests.map((m) => [m.route.name, m.route.path])).toEqual(
      expect.arrayContaining([
        ['register', '/register'],
        ['forgot-password', '/forgot-password'],
        ['account-services', '/account-services'],
        ['face-enrolment', '/face-enrolment'],
        ['enterprise-register', '/enterprise/register'],
        ['enterprise-activate', '/enterprise/activate'],
        ['enterprise-forgot', '/enterprise/forgot-password'],
        ['enterprise-appeal', '/enterprise/appeal'],
        ['enterprise-agents', '/enterprise/agents'],
      ]),
    );
    expect(flowManifests).toHaveLength(9);
  });

  it('route names and paths are unique; tiles keep the home screen order within each group', () => {
    expect(new Set(flowManifests.map((m) => m.route.name)).size).toBe(flowManifests.length);
    expect(new Set(flowManifests.map((m) => m.route.path)).size).toBe(flowManifests.length);
    const row = (group: string) => flowManifests.filter((m) => m.tile.group === group).map((m) => m.route.name);
    expect(row('person')).toEqual(['register', 'forgot-password', 'account-services', 'face-enrolment']);
    expect(row('enterprise')).toEqual(['enterprise-register', 'enterprise-activate', 'enterprise-forgot', 'enterprise-appeal', 'enterprise-agents']);
  });

  it('only face enrolment and the appeal can wait in the outbox', () => {
    expect(flowManifests.filter((m) => m.queueable).map((m) => m.route.name).sort()).toEqual(['enterprise-appeal', 'face-enrolment']);
  });
});
