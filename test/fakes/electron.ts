// Replaced per test: electron glue takes its Electron objects as parameters. This module only
// makes `import … from 'electron'` resolvable under Vitest, where no Electron binary exists.
export default {};
