/**
 * Switches that open a debugger or a remote-control port into the kiosk (Node's inspector,
 * Chromium's DevTools protocol). Anyone at the hall PC could start the kiosk with one and drive a
 * citizen's session from outside, so the kiosk refuses to start with any of them.
 */
const debugSwitch = /^--(inspect(-brk|-port|-publish-uid)?|debug(-brk|-port)?|remote-debugging-(port|pipe|address|targets)|remote-allow-origins)(=|$)/;

export interface ProcessStart {
  argv: readonly string[];
  execArgv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}

/** The debugging switches among the process's arguments, Node options and `NODE_OPTIONS`; empty when none. */
export function debugSwitchesIn(start: ProcessStart): string[] {
  const fromEnv = (start.env.NODE_OPTIONS ?? '').split(/\s+/);
  return [...start.argv, ...start.execArgv, ...fromEnv].filter((arg) => debugSwitch.test(arg)).map((arg) => arg.split('=')[0] ?? arg);
}
