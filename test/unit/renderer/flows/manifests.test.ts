import { describe, expect, it } from 'vitest';
import { flowManifests } from '../../../../renderer/flows/manifests';

/** The flows the kiosk has always had, in home-screen order; a new flow adds to these without editing them. */
const known = {
  person: [
    ['register', '/register'],
    ['forgot-password', '/forgot-password'],
    ['account-services', '/account-services'],
    ['face-enrolment', '/face-enrolment'],
  ],
  enterprise: [
    ['enterprise-register', '/enterprise/register'],
    ['enterprise-activate', '/enterprise/activate'],
    ['enterprise-forgot', '/enterprise/forgot-password'],
    ['enterprise-appeal', '/enterprise/appeal'],
    ['enterprise-agents', '/enterprise/agents'],
  ],
} as const;

describe('flow manifests', () => {
  it('every flow folder is found, with the route names and paths the kiosk has always had', () => {
    const routes = flowManifests.map((m) => [m.route.name, m.route.path]);
    expect(routes).toEqual(expect.arrayContaining([...known.person, ...known.enterprise]));
  });

  it('route names, paths and tile places are unique', () => {
    expect(new Set(flowManifests.map((m) => m.route.name)).size).toBe(flowManifests.length);
    expect(new Set(flowManifests.map((m) => m.route.path)).size).toBe(flowManifests.length);
    expect(new Set(flowManifests.map((m) => `${m.tile.group}:${m.tile.order}`)).size).toBe(flowManifests.length);
  });

  it.each(['person', 'enterprise'] as const)('the %s tiles keep their order on the home screen', (group) => {
    const names: readonly string[] = known[group].map(([name]) => name);
    const row = flowManifests.filter((m) => m.tile.group === group && names.includes(m.route.name)).map((m) => m.route.name);
    expect(row).toEqual(names);
  });

  it('of these, only face enrolment and the appeal can wait in the outbox', () => {
    const names: readonly string[] = [...known.person, ...known.enterprise].map(([name]) => name);
    const queueable = flowManifests.filter((m) => m.queueable && names.includes(m.route.name)).map((m) => m.route.name);
    expect(queueable.sort()).toEqual(['enterprise-appeal', 'face-enrolment']);
  });
});
